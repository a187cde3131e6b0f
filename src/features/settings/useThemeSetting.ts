import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { applyTheme } from '../../app/theme';
import { toStorageProblem } from '../../db/errors';
import type { ThemeChoice } from '../../domain/theme';

/** The stored theme choice and a setter that saves it and applies it at once. */
export function useThemeSetting(): [
  ThemeChoice | undefined,
  (choice: ThemeChoice) => Promise<void>,
] {
  const { repos } = useServices();
  const [theme, setTheme] = useState<ThemeChoice>();

  useEffect(() => {
    let cancelled = false;
    void repos.settings.getTheme().then((value) => {
      if (!cancelled) setTheme(value);
    });
    return () => {
      cancelled = true;
    };
  }, [repos]);

  async function choose(choice: ThemeChoice): Promise<void> {
    const previous = theme;
    setTheme(choice);
    applyTheme(choice);
    try {
      await repos.settings.setTheme(choice);
    } catch (error) {
      setTheme(previous);
      if (previous) applyTheme(previous);
      storageNotice.set(toStorageProblem(error).message);
    }
  }

  return [theme, choose];
}

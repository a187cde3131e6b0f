import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { toStorageProblem } from '../../db/errors';
import { type FocusArea, toFocusAreas } from '../../domain/focusAreas';

/** The focus areas the user chose (undefined while loading) and a setter that saves them. */
export function useFocusAreas(): [
  readonly FocusArea[] | undefined,
  (areas: readonly FocusArea[]) => Promise<void>,
] {
  const { repos } = useServices();
  const [areas, setAreas] = useState<readonly FocusArea[]>();

  useEffect(() => {
    let cancelled = false;
    repos.settings
      .get('focusAreas')
      .then((value) => {
        if (!cancelled) setAreas(toFocusAreas(value));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setAreas([]);
        storageNotice.set(toStorageProblem(error).message);
      });
    return () => {
      cancelled = true;
    };
  }, [repos]);

  async function choose(next: readonly FocusArea[]): Promise<void> {
    const previous = areas;
    setAreas(next);
    try {
      await repos.settings.set('focusAreas', next);
    } catch (error) {
      setAreas(previous);
      storageNotice.set(toStorageProblem(error).message);
    }
  }

  return [areas, choose];
}

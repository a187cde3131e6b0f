// First run: Today shows the welcome until the user has made one of its choices. The check
// reads meta 'firstRunDone'; the welcome screen is imported only when needed, so it costs
// nothing on later visits and stays out of Today's own chunk.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';

/** The welcome screen's props: what to do when the user skips it. */
export interface WelcomeProps {
  readonly onSkip: () => void;
}

/** The welcome component while it should show; null when done; undefined while checking. */
export type WelcomeState = ComponentType<WelcomeProps> | null | undefined;

let knownDone = false;

/** Whether to show the welcome, and a function that hides it for good in this page. */
export function useWelcome(): readonly [WelcomeState, () => void] {
  const { repos } = useServices();
  const [welcome, setWelcome] = useState<WelcomeState>(knownDone ? null : undefined);
  useEffect(() => {
    if (knownDone) return;
    let live = true;
    repos.meta
      .get('firstRunDone')
      .then((done) => {
        knownDone = done === true;
        return knownDone ? null : import('../welcome/WelcomeScreen').then((m) => m.WelcomeScreen);
      })
      // If storage or the chunk cannot be read, Today itself is the better screen to show.
      .catch(() => null)
      .then((component) => {
        if (live) setWelcome(() => component);
      });
    return () => {
      live = false;
    };
  }, [repos]);
  const hide = () => {
    knownDone = true;
    setWelcome(null);
  };
  return [welcome, hide] as const;
}

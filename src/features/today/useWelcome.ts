// First run: Today shows the welcome until the user has made one of its choices. The check
// reads meta 'firstRunDone'. On a first visit main.tsx paints the welcome before the app has
// loaded (FirstVisit.tsx) and tells Today here, so Today keeps it on screen without a gap; on
// later visits the check costs one meta read. An answer given while the check runs stands.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { toStorageProblem } from '../../db/errors';
import type { MetaRepository } from '../../db/repositories/meta';

/** The welcome screen's props: what to do with the choice made (a path, or none to skip). */
export interface WelcomeProps {
  readonly onChoose: (path?: string) => void;
}

/** The welcome component while it should show; null when done; undefined while checking. */
export type WelcomeState = ComponentType<WelcomeProps> | null | undefined;

let knownDone = false;
let onScreen: ComponentType<WelcomeProps> | undefined;

/** Tells Today that this welcome is already on screen, so it shows it from its first render. */
export function welcomeOnScreen(component: ComponentType<WelcomeProps>): void {
  onScreen = component;
}

/** Marks the welcome answered in this page, so Today shows itself from now on. */
export function welcomeAnswered(): void {
  knownDone = true;
  onScreen = undefined;
}

/** Stores that the welcome was answered; a storage problem is shown, never thrown. */
export async function storeWelcomeAnswered(meta: MetaRepository): Promise<void> {
  try {
    await meta.set('firstRunDone', true);
  } catch (error) {
    storageNotice.set(toStorageProblem(error).message);
  }
}

/** Whether to show the welcome, and what to do with the choice made in it. */
export function useWelcome(): readonly [WelcomeState, (path?: string) => void] {
  const { repos } = useServices();
  const [welcome, setWelcome] = useState<WelcomeState>(() => (knownDone ? null : onScreen));
  useEffect(() => {
    if (knownDone) return;
    let live = true;
    repos.meta
      .get('firstRunDone')
      .then((done) => {
        // Answered while the check ran: the answer stands, whatever storage said before it.
        knownDone ||= done === true;
        return knownDone ? null : import('../welcome/WelcomeScreen').then((m) => m.WelcomeScreen);
      })
      // If storage or the chunk cannot be read, Today itself is the better screen to show.
      .catch(() => null)
      .then((component) => {
        if (live) setWelcome(() => (knownDone ? null : component));
      });
    return () => {
      live = false;
    };
  }, [repos]);
  const choose = (path?: string) => {
    welcomeAnswered();
    void storeWelcomeAnswered(repos.meta).then(() => {
      if (path) navigate(path);
      else setWelcome(null);
    });
  };
  return [welcome, choose] as const;
}

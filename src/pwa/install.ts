// Installation: keeps the browser's install offer for an "Install" button, and recognises iOS
// Safari, which has no install prompt and needs a short "Add to Home Screen" guide instead.
import { observable } from '../domain/observable';

/** The part of the BeforeInstallPromptEvent we use (not yet in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** How this browser can install the app right now. */
export type InstallOption = 'prompt' | 'ios-guide' | 'installed' | 'none';

/** The install option in force. */
export const installOption = observable<InstallOption>('none');

let deferred: InstallPromptEvent | undefined;

/** True when running as the installed app. */
export function isStandalone(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true || nav.standalone === true
  );
}

/** True on iPhone and iPad Safari, where installation is by "Add to Home Screen". */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const ios =
    /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent);
  return ios && !otherBrowser && /Safari/.test(userAgent);
}

/** Starts listening for the browser's install offer. */
export function watchInstallability(): void {
  if (isStandalone()) {
    installOption.set('installed');
    return;
  }
  if (isIosSafari(navigator.userAgent, navigator.maxTouchPoints)) installOption.set('ios-guide');
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    installOption.set('prompt');
  });
  window.addEventListener('appinstalled', () => {
    deferred = undefined;
    installOption.set('installed');
  });
}

/** Shows the browser's install dialog; resolves with whether the user accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  await event.prompt();
  const { outcome } = await event.userChoice;
  deferred = undefined;
  installOption.set(outcome === 'accepted' ? 'installed' : 'none');
  return outcome === 'accepted';
}

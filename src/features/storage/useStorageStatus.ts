// What Settings shows about storage on this phone (data-safety 8): whether the browser granted
// persistent storage, how much space is used and free, and a warning above 80 % used. Browsers
// answer `persist()` by their own rules (Chrome grants it to installed or often-used sites,
// Firefox asks the user), so "Ask again" reports the answer honestly instead of promising.
import { useEffect, useState } from 'preact/hooks';
import { readStorageStatus, type StorageStatus } from '../../db/storage';
import { isIosSafari, isStandalone } from '../../pwa/install';

/** Above this share of the quota, Settings warns that space is running out. */
export const STORAGE_WARNING_SHARE = 0.8;

/** The outcome of pressing "Ask again". */
export type PersistAnswer = 'granted' | 'refused' | 'unavailable';

/** The storage facts for the Settings section, and the "Ask again" action. */
export interface StorageStatusState {
  /** Undefined while the browser has not answered yet. */
  readonly status: StorageStatus | undefined;
  readonly asking: boolean;
  readonly answer: PersistAnswer | undefined;
  askAgain(): Promise<void>;
}

/** Reads the storage status once, and again after asking for persistence. */
export function useStorageStatus(): StorageStatusState {
  const [status, setStatus] = useState<StorageStatus>();
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<PersistAnswer>();

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((read) => live && setStatus(read));
    return () => {
      live = false;
    };
  }, []);

  async function askAgain(): Promise<void> {
    setAsking(true);
    setAnswer(undefined);
    let granted: boolean | undefined;
    try {
      granted = await navigator.storage?.persist?.();
    } catch {
      // Some browsers throw instead of answering; that is a refusal in plain terms.
      granted = false;
    }
    setAnswer(granted === undefined ? 'unavailable' : granted ? 'granted' : 'refused');
    setStatus(await readStorageStatus());
    setAsking(false);
  }

  return { status, asking, answer, askAgain };
}

/** The share of the quota in use (0..1), when the browser tells both numbers. */
export function usedShare(status: StorageStatus): number | undefined {
  const { usageBytes, quotaBytes } = status;
  if (usageBytes === undefined || quotaBytes === undefined || quotaBytes <= 0) return undefined;
  return usageBytes / quotaBytes;
}

const units = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in words people read: "0.9 kB", "12.4 MB", "3.1 GB" (decimal units). */
export function formatBytes(bytes: number, locale?: string): string {
  // Counted from kilobytes: Intl writes "850 byte", which reads oddly.
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** True in Safari on iPhone or iPad outside the home-screen app, where data is most at risk. */
export function inIosSafariTab(): boolean {
  return isIosSafari(navigator.userAgent, navigator.maxTouchPoints) && !isStandalone();
}

// Passcode rules and the wrong-passcode backoff. POLICY (data-safety 6 and issue 7): a
// passphrase has at least 8 characters, a PIN at least 6 digits; both are refused when they are
// on the common-passwords list or are a trivial run (all one character, 123456, 987654).
// After 5 wrong tries the lock waits 30 seconds, doubling with each further failure up to one
// hour; it never wipes anything by itself.
import { commonPasswords } from './commonPasswords';

/** The two kinds of passcode. */
export type PasscodeKind = 'passphrase' | 'pin';

/** Shortest passphrase, in characters. */
export const minPassphraseLength = 8;
/** Shortest PIN, in digits. */
export const minPinLength = 6;

/** True when every step between neighbouring characters is the same +1 or -1 (abcdef, 654321). */
function isRun(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(-1));
}

/** Why a new passcode is refused, in plain words; undefined when it is acceptable. */
export function passcodeProblem(kind: PasscodeKind, passcode: string): string | undefined {
  const length = [...passcode].length;
  if (kind === 'pin') {
    if (!/^[0-9]+$/.test(passcode)) return 'A PIN can only contain digits.';
    if (length < minPinLength) return `A PIN needs at least ${minPinLength} digits.`;
  } else {
    if (passcode.trim().length === 0) return 'Type a passphrase.';
    if (length < minPassphraseLength) {
      return `A passphrase needs at least ${minPassphraseLength} characters.`;
    }
  }
  if (commonPasswords.has(passcode.toLowerCase()) || isRun(passcode.toLowerCase())) {
    return kind === 'pin'
      ? 'This PIN is one of the first that anyone would try. Choose another.'
      : 'This passphrase is one of the first that anyone would try. Choose another.';
  }
  return undefined;
}

/** Wrong tries allowed before the first wait. */
export const freeAttempts = 5;
/** The first wait, after the fifth wrong try. */
export const firstWaitMs = 30_000;
/** The longest wait. */
export const maxWaitMs = 60 * 60_000;

/** How long to wait after this many consecutive wrong tries (0 while still free). */
export function waitAfterFailures(failures: number): number {
  if (failures < freeAttempts) return 0;
  const doublings = Math.min(failures - freeAttempts, 20);
  return Math.min(firstWaitMs * 2 ** doublings, maxWaitMs);
}

/** The failed-attempt counter as stored (in the clear, so it survives reloads). */
export interface LockAttempts {
  readonly failures: number;
  /** No try is accepted before this time (ms since epoch); 0 when there is no wait. */
  readonly waitUntil: number;
}

/** No failures. */
export const noAttempts: LockAttempts = { failures: 0, waitUntil: 0 };

/** The counter after one more wrong try at `now`. */
export function afterFailure(attempts: LockAttempts, now: number): LockAttempts {
  const failures = attempts.failures + 1;
  const wait = waitAfterFailures(failures);
  return { failures, waitUntil: wait > 0 ? now + wait : 0 };
}

/** Milliseconds still to wait at `now` (0 when a try is allowed). */
export function remainingWait(attempts: LockAttempts, now: number): number {
  return Math.max(0, attempts.waitUntil - now);
}

// What the passcode lock keeps in the clear `meta` table: the wrapped data key (never the key
// itself, never a passcode hash), the derivation parameters of each wrap, and the options.
import type { LockAttempts, PasscodeKind } from '../domain/passcode';
import type { KeyWrap } from './crypto/dataKey';

/** The lock's stored record (meta key "lock"); absent while the lock is off. */
export interface LockRecord {
  readonly version: 1;
  /** Whether the passcode is a PIN (the lock screen then offers a number pad). */
  readonly kind: PasscodeKind;
  /** The data key wrapped under the passcode. */
  readonly passcode: KeyWrap;
  /** The data key wrapped under the recovery key, if the user made one. */
  readonly recovery?: KeyWrap;
  readonly createdAt: number;
}

/** Auto-lock choices, in minutes of idle time. */
export const autoLockChoices = [1, 5, 15] as const;

/** One auto-lock choice. */
export type AutoLockMinutes = (typeof autoLockChoices)[number];

/** Idle minutes before locking, when the user has not chosen. */
export const defaultAutoLockMinutes: AutoLockMinutes = 5;

/** Minutes hidden (another app in front) before locking. */
export const hiddenLockMinutes = 1;

export type { LockAttempts };

// Settings: one row per key. Keys listed in `clearSettings` stay readable while the journal is
// locked (the theme paints the lock screen; crisis resources must open without the passcode);
// every other setting is sealed like the user's writing.
import type { CrisisResource } from '../../domain/crisis';
import type { FocusArea } from '../../domain/focusAreas';
import type { CadenceSetting } from '../../domain/questionnaires/suggestions';
import type { DailyCheckInReminder } from '../../domain/reminders';
import type { ThemeChoice } from '../../domain/theme';
import { toThemeChoice } from '../../domain/theme';
import type { WaypointDexie } from '../database';
import { withReconnect } from '../database';
import type { Sealed } from '../vault';
import { currentVault } from '../vault';

/** Every setting and its type. */
export interface SettingsMap {
  theme: ThemeChoice;
  /** The user's edited list; undefined until they edit it (the screen then shows the defaults). */
  crisisResources: readonly CrisisResource[] | undefined;
  /** What the client is working on (sealed); none until they choose. */
  focusAreas: readonly FocusArea[];
  /** How often questionnaires are suggested (sealed); undefined means the default cadence. */
  questionnaireCadence: CadenceSetting | undefined;
  /** "HH:mm" local time of prompt reminders (sealed). */
  reminderTime: string;
  /** The daily check-in reminder the user set up (sealed); undefined until they do. */
  dailyCheckInReminder: DailyCheckInReminder | undefined;
  /** When the client last exported a therapist summary (sealed); undefined until they do. */
  lastSummarySharedAt: number | undefined;
}

/** Settings that are never sealed. */
export const clearSettings: ReadonlySet<keyof SettingsMap> = new Set(['theme', 'crisisResources']);

const defaults: SettingsMap = {
  theme: 'system',
  // Kept out of this module so the default list does not weigh on the app's first load.
  crisisResources: undefined,
  focusAreas: [],
  questionnaireCadence: undefined,
  // DEFAULT_REMINDER_TIME, written out so the schedule module stays off the first load.
  reminderTime: '19:00',
  dailyCheckInReminder: undefined,
  lastSummarySharedAt: undefined,
};

type SettingRow = {
  key: string;
  updatedAt: number;
  payload: Sealed;
};

/** Reads and writes settings, falling back to defaults for keys never set. */
export function createSettingsRepository(db: WaypointDexie, now: () => number) {
  async function get<K extends keyof SettingsMap>(key: K): Promise<SettingsMap[K]> {
    const row = (await withReconnect(db, () => db.settings.get(key))) as SettingRow | undefined;
    if (!row) return defaults[key];
    const value =
      row.payload.scheme === 'plain'
        ? row.payload.data
        : await currentVault().open('settings', key, row.payload);
    return (key === 'theme' ? toThemeChoice(value) : value) as SettingsMap[K];
  }

  async function set<K extends keyof SettingsMap>(key: K, value: SettingsMap[K]): Promise<void> {
    const payload: Sealed = clearSettings.has(key)
      ? { scheme: 'plain', data: value }
      : await currentVault().seal('settings', key, value);
    const row: SettingRow = { key, updatedAt: now(), payload };
    await withReconnect(db, () => db.transaction('rw', db.settings, () => db.settings.put(row)));
  }

  return {
    get,
    set,
    /** The theme the user chose. */
    getTheme: () => get('theme'),
    /** Saves the theme the user chose. */
    setTheme: (theme: ThemeChoice) => set('theme', theme),
  };
}

/** The settings repository's interface. */
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

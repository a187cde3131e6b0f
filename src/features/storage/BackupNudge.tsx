// The backup nudge on Today (data-safety 10), loaded lazily by NudgeSlot. The rule lives in
// domain/backupNudge.ts; this card reads the facts live (so a backup made in another tab hides
// it), offers "Back up now", and "Not now" hides it for 7 days.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { readBackupActivity, snoozeBackupNudge } from '../../db/backupActivity';
import type { WaypointDexie } from '../../db/database';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { backupNudge, snoozedUntil } from '../../domain/backupNudge';
import { lockDatabase } from '../lock/lockGate';
import { inIosSafariTab } from './useStorageStatus';

/** The "Back up your journal" card, when the nudge rule says so; nothing otherwise. */
export function BackupNudge({ db = lockDatabase() }: { db?: WaypointDexie }): JSX.Element | null {
  const { now } = useServices();
  const activity = useLiveQuery(() => readBackupActivity(db), [db]);
  const [problem, setProblem] = useState<string>();
  if (activity.status !== 'ready') return null;
  const at = now();
  const nudge = backupNudge({ now: at, ...activity.value });
  if (!nudge.show) return null;

  async function notNow(): Promise<void> {
    try {
      await snoozeBackupNudge(db, snoozedUntil(at));
    } catch (error) {
      setProblem(toStorageProblem(error).message);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-nudge-title" data-testid="backup-nudge">
      <h2 id="backup-nudge-title">Back up your journal</h2>
      <p>{nudge.message}.</p>
      <p class="muted">
        Everything is kept only on this phone. A backup file is the way to move to a new phone, or
        to get your journal back if this phone loses it.
      </p>
      {inIosSafariTab() ? (
        <p class="muted">
          In Safari on iPhone, data can be cleared after a week without a visit.{' '}
          <a href="/settings#storage">Keep it safer</a>
        </p>
      ) : null}
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="actions">
        <a class="button button--primary" href="/settings/backup">
          Back up now
        </a>
        <button type="button" class="button" onClick={() => void notNow()}>
          Not now
        </button>
      </div>
    </section>
  );
}

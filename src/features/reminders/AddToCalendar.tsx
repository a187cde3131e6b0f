// "Add to calendar" on a session: Waypoint has no server to send notifications, so the phone's
// calendar rings instead. The file holds one neutral event per open reflection of the session
// whose reminder is still ahead (see src/domain/reminders.ts); it is shared or downloaded on
// the phone and never sent anywhere.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../db/useLiveQuery';
import { BUILT_IN_PROMPTS } from '../../domain/prompts/library';
import {
  DEFAULT_REMINDER_TIME,
  planPromptTasks,
  reminderInstant,
} from '../../domain/prompts/schedule';
import {
  REMINDER_SUMMARY,
  sessionReminderFileName,
  sessionReminderItems,
  sessionReminderTasks,
  toReminderTime,
} from '../../domain/reminders';
import type { KapSession } from '../../domain/types';
import { ICS_MEDIA_TYPE, toIcs } from '../../export/ics';
import { saveFile } from '../../ui/saveFile';
import { calendarOutcomeMessage, calendarProblem, reminderCount } from './reminderMessages';

/** The props of the session's calendar button. */
export interface AddToCalendarProps {
  readonly session: KapSession;
  /** Every session: the plan needs them for "before the next session" and numbering. */
  readonly list: readonly KapSession[];
  readonly number: number | undefined;
}

type Outcome = { readonly problem: boolean; readonly text: string };

/** The session's upcoming reflection reminders as a calendar file; nothing when there are none. */
export function AddToCalendar({ session, list, number }: AddToCalendarProps): JSX.Element | null {
  const { repos, now } = useServices();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const data = useLiveQuery(
    () =>
      Promise.all([
        repos.promptTasks.listBySession(session.id),
        repos.settings.get('reminderTime'),
      ]),
    [repos, session.id],
  );
  if (data.status !== 'ready' || session.status === 'cancelled') return null;

  const [stored, storedTime] = data.value;
  const reminderTime = toReminderTime(storedTime, DEFAULT_REMINDER_TIME);
  const remindAt = (day: string) => reminderInstant(day, reminderTime);
  const itemsAt = (at: number) =>
    sessionReminderItems(
      sessionReminderTasks(stored, () =>
        planPromptTasks({ session, sessions: list, prompts: BUILT_IN_PROMPTS, now: at }),
      ),
      remindAt,
      at,
    );
  const count = itemsAt(now()).length;
  if (count === 0 && !outcome) return null;

  async function add(): Promise<void> {
    setBusy(true);
    try {
      const at = now();
      const items = itemsAt(at);
      const file = new File([toIcs(items, at)], sessionReminderFileName(number), {
        type: ICS_MEDIA_TYPE,
      });
      const result = await saveFile(file, { title: 'Waypoint reminders' });
      setOutcome({ problem: false, text: calendarOutcomeMessage(result, items.length) });
    } catch {
      setOutcome({ problem: true, text: calendarProblem });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="session-section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Reminders</h2>
      <p class="muted">
        {`Waypoint has no server, so it cannot send you notifications; your phone's calendar can. This adds ${reminderCount(count)} at ${reminderTime}, each titled only "${REMINDER_SUMMARY}", with nothing of what you write. The file stays on your phone; nothing is sent anywhere.`}
      </p>
      <button type="button" class="button" disabled={busy} onClick={() => void add()}>
        Add to calendar
      </button>
      <p class={outcome?.problem ? 'problem' : 'draft-status'} role="status">
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}

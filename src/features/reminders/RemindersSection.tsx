// Settings: when reminders ring, and the daily check-in reminder. Waypoint has no server, so
// reminders live in the phone's calendar: the time here is used by every calendar file the app
// makes. A time that is not valid is never saved; what the user typed stays in the field.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { toStorageProblem } from '../../db/errors';
import { DEFAULT_REMINDER_TIME, isReminderTime } from '../../domain/prompts/schedule';
import {
  CHECK_IN_SUMMARY,
  DAILY_CHECK_IN_FILE_NAME,
  type DailyCheckInReminder,
  DEFAULT_CHECK_IN_TIME,
  dailyCheckInItem,
  REMINDER_SUMMARY,
  toReminderTime,
} from '../../domain/reminders';
import { ICS_MEDIA_TYPE, toIcs } from '../../export/ics';
import { saveFile } from '../../ui/saveFile';
import { calendarOutcomeMessage, calendarProblem } from './reminderMessages';

const timeProblem = 'Enter a time such as 19:00.';

type Outcome = { readonly problem: boolean; readonly text: string };

/** The "Reminders" card of Settings. */
export function RemindersSection(): JSX.Element {
  const { repos, now } = useServices();
  const [loaded, setLoaded] = useState(false);
  const [reminderTime, setReminderTime] = useState(DEFAULT_REMINDER_TIME);
  const [reminderProblem, setReminderProblem] = useState<string>();
  const [reminderSaved, setReminderSaved] = useState('');
  const [dailyReminder, setDailyReminder] = useState<DailyCheckInReminder>();
  const [checkInTime, setCheckInTime] = useState(DEFAULT_CHECK_IN_TIME);
  const [checkInProblem, setCheckInProblem] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([repos.settings.get('reminderTime'), repos.settings.get('dailyCheckInReminder')])
      .then(
        ([time, daily]) => {
          if (!live) return;
          setReminderTime(toReminderTime(time, DEFAULT_REMINDER_TIME));
          setDailyReminder(daily);
          if (daily) setCheckInTime(toReminderTime(daily.time, DEFAULT_CHECK_IN_TIME));
        },
        (error: unknown) => live && storageNotice.set(toStorageProblem(error).message),
      )
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [repos]);

  async function changeReminderTime(value: string): Promise<void> {
    setReminderTime(value);
    setReminderSaved('');
    if (!isReminderTime(value)) {
      setReminderProblem(timeProblem);
      return;
    }
    setReminderProblem(undefined);
    try {
      await repos.settings.set('reminderTime', value);
      setReminderSaved(`Reminders will be at ${value}.`);
    } catch (error) {
      setReminderProblem(toStorageProblem(error).message);
    }
  }

  async function addDailyReminder(): Promise<void> {
    setOutcome(undefined);
    if (!isReminderTime(checkInTime)) {
      setCheckInProblem(timeProblem);
      return;
    }
    setCheckInProblem(undefined);
    setBusy(true);
    try {
      const at = now();
      const file = new File(
        [toIcs([dailyCheckInItem(checkInTime, at)], at)],
        DAILY_CHECK_IN_FILE_NAME,
        {
          type: ICS_MEDIA_TYPE,
        },
      );
      const result = await saveFile(file, { title: 'Waypoint reminder' });
      if (result !== 'cancelled') {
        const chosen: DailyCheckInReminder = { enabled: true, time: checkInTime };
        await repos.settings.set('dailyCheckInReminder', chosen);
        setDailyReminder(chosen);
      }
      setOutcome({
        problem: false,
        text:
          result === 'cancelled'
            ? calendarOutcomeMessage(result, 1)
            : `${calendarOutcomeMessage(result, 1)} It repeats every day at ${checkInTime}.`,
      });
    } catch {
      setOutcome({ problem: true, text: calendarProblem });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <p class="muted">
        Waypoint has no server, so it cannot send notifications. Reminders go through your phone's
        calendar instead: "Add to calendar" on a session, or the daily check-in below, makes a
        calendar file you open on this phone.{' '}
        {`The events say only "${REMINDER_SUMMARY}" or "${CHECK_IN_SUMMARY}", never what you write.`}{' '}
        Nothing is sent anywhere.
      </p>
      <div class="field">
        <label class="field__label" for="reminder-time">
          Reminder time
        </label>
        <span class="field__hint muted" id="reminder-time-hint">
          When reflection reminders ring on their day. After changing it, add a session's reminders
          to your calendar again to move them.
        </span>
        <input
          class="input"
          id="reminder-time"
          type="time"
          required
          disabled={!loaded}
          value={reminderTime}
          aria-describedby="reminder-time-hint"
          aria-invalid={reminderProblem ? true : undefined}
          onChange={(e) => void changeReminderTime(e.currentTarget.value)}
        />
      </div>
      {reminderProblem ? (
        <p class="problem" role="alert">
          {reminderProblem}
        </p>
      ) : null}
      <p class="draft-status" role="status">
        {reminderSaved}
      </p>

      <h3>Daily check-in reminder</h3>
      <p class="muted">
        {dailyReminder?.enabled
          ? `You added a daily reminder at ${dailyReminder.time}. Adding it again with another time moves the same event in most calendar apps. To stop it, delete "${CHECK_IN_SUMMARY}" in your calendar.`
          : 'One repeating event in your calendar, at the same time every day, to check in with how you are.'}
      </p>
      <label class="field">
        <span class="field__label">Daily check-in time</span>
        <input
          class="input"
          type="time"
          required
          disabled={!loaded}
          value={checkInTime}
          aria-invalid={checkInProblem ? true : undefined}
          onInput={(e) => setCheckInTime(e.currentTarget.value)}
        />
      </label>
      {checkInProblem ? (
        <p class="problem" role="alert">
          {checkInProblem}
        </p>
      ) : null}
      <button
        type="button"
        class="button"
        disabled={!loaded || busy}
        onClick={() => void addDailyReminder()}
      >
        Add daily check-in reminder to calendar
      </button>
      <p class={outcome?.problem ? 'problem' : 'draft-status'} role="status">
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}

// The calendar file, read back by a real iCalendar parser (ical.js). The file runs in Berlin
// time so "UTC equals the local reminder instant" and daylight-saving changes are really tested
// (in UTC both would pass by accident).
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../../src/domain/prompts/library';
import { planPromptTasks, reminderInstant } from '../../../src/domain/prompts/schedule';
import {
  type CalendarItem,
  CHECK_IN_SUMMARY,
  DAILY_CHECK_IN_UID,
  dailyCheckInItem,
  REMINDER_DESCRIPTION,
  REMINDER_SUMMARY,
  type ReminderTask,
  sessionReminderItems,
} from '../../../src/domain/reminders';
import { escapeText, foldLine, toIcs } from '../../../src/export/ics';
import { makeSession } from '../factories';

declare const process: { env: Record<string, string | undefined> };
const originalTz = process.env.TZ;
// Set before any date below is computed (Node applies a changed TZ at once).
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const at19 = (day: string) => reminderInstant(day, '19:00');

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Event[] {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

function tasksOfSession(): ReminderTask[] {
  return [
    { id: 'ptask-s1-same-evening', dueDay: '2026-11-10', status: 'due' },
    { id: 'ptask-s1-day-1', dueDay: '2026-11-11', status: 'answered' },
    { id: 'ptask-s1-day-3', dueDay: '2026-11-13', status: 'due' },
    { id: 'ptask-s1-day-7', dueDay: '2026-11-17', status: 'skipped' },
    { id: 'ptask-s1-day-14', dueDay: '2026-11-24', status: 'due' },
  ];
}

describe('session reminders as a calendar file', () => {
  const now = new Date(2026, 10, 10, 9, 0).getTime();

  it('has one event per open task, with stable UIDs, UTC starts and an alarm', () => {
    const text = toIcs(
      sessionReminderItems(tasksOfSession(), (day) => reminderInstant(day, '19:00'), now),
      now,
    );
    const parsed = events(text);
    expect(parsed.map((e) => e.uid)).toEqual([
      'ptask-s1-same-evening@waypoint.invalid',
      'ptask-s1-day-3@waypoint.invalid',
      'ptask-s1-day-14@waypoint.invalid',
    ]);
    // 19:00 in Berlin in November (UTC+1) is 18:00 UTC, written with a Z.
    expect(text).toContain('DTSTART:20261110T180000Z');
    for (const [i, day] of ['2026-11-10', '2026-11-13', '2026-11-24'].entries()) {
      const event = parsed[i] as ICAL.Event;
      expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(event.startDate.toJSDate().getTime()).toBe(at19(day));
      expect(event.duration.toSeconds()).toBe(15 * 60);
      expect(event.summary).toBe(REMINDER_SUMMARY);
      expect(event.description).toBe(REMINDER_DESCRIPTION);
      const alarm = event.component.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('description')).toBe(REMINDER_DESCRIPTION);
      const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(0);
      expect(event.isRecurring()).toBe(false);
    }
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Waypoint//Waypoint//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    const stamp = calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp');
    expect((stamp as ICAL.Time).toJSDate().getTime()).toBe(now);
    expect(text).toContain('DTSTAMP:20261110T080000Z');
  });

  it('keeps the same UIDs when exported again, with a newer sequence', () => {
    const later = now + 3 * 3_600_000;
    const first = events(toIcs(sessionReminderItems(tasksOfSession(), at19, now), now));
    const second = events(toIcs(sessionReminderItems(tasksOfSession(), at19, later), later));
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(second[0]?.sequence).toBeGreaterThan(first[0]?.sequence ?? Number.POSITIVE_INFINITY);
    const again = toIcs(sessionReminderItems(tasksOfSession(), at19, now), now);
    expect(again).toBe(toIcs(sessionReminderItems(tasksOfSession(), at19, now), now));
  });

  it('follows the reminder time, and leaves out reminders already past', () => {
    const evening = new Date(2026, 10, 10, 20, 0).getTime();
    const parsed = events(
      toIcs(
        sessionReminderItems(tasksOfSession(), (day) => reminderInstant(day, '21:30'), evening),
        evening,
      ),
    );
    expect(parsed.map((e) => e.uid)[0]).toBe('ptask-s1-same-evening@waypoint.invalid');
    expect(parsed[0]?.startDate.toJSDate().getTime()).toBe(
      new Date(2026, 10, 10, 21, 30).getTime(),
    );
    const late = new Date(2026, 10, 10, 22, 0).getTime();
    const afterwards = events(
      toIcs(
        sessionReminderItems(tasksOfSession(), (day) => reminderInstant(day, '21:30'), late),
        late,
      ),
    );
    expect(afterwards.map((e) => e.uid)).toEqual([
      'ptask-s1-day-3@waypoint.invalid',
      'ptask-s1-day-14@waypoint.invalid',
    ]);
  });

  it('writes each reminder at its own UTC offset across a daylight-saving change', () => {
    const before = new Date(2026, 9, 20, 9).getTime();
    const tasks: ReminderTask[] = [
      { id: 'ptask-s2-same-evening', dueDay: '2026-10-20', status: 'due' },
      { id: 'ptask-s2-day-7', dueDay: '2026-10-27', status: 'due' },
    ];
    const text = toIcs(sessionReminderItems(tasks, at19, before), before);
    // Summer time (UTC+2) before 25 October, winter time (UTC+1) after: 19:00 local both days.
    expect(text).toContain('DTSTART:20261020T170000Z');
    expect(text).toContain('DTSTART:20261027T180000Z');
    for (const event of events(text)) expect(event.startDate.toJSDate().getHours()).toBe(19);
  });

  it('carries no prompt, intention, note or name from the session, only neutral words', () => {
    const session = makeSession({
      id: 's3',
      status: 'completed',
      startsAt: new Date(2026, 10, 10, 10).getTime(),
      day: '2026-11-10',
      intentions: ['Forgive my brother Tobias'],
      notes: 'Dose 80 mg with Dr. Amsel',
      therapist: 'Dr. Amsel',
      doseMg: 80,
    });
    const planned = planPromptTasks({
      session,
      sessions: [session],
      prompts: BUILT_IN_PROMPTS,
      now,
    });
    expect(planned.length).toBeGreaterThanOrEqual(5);
    const text = toIcs(
      sessionReminderItems(
        planned.map((task) => ({ ...task, status: 'due' as const })),
        at19,
        now,
      ),
      now,
    );
    const unfolded = text.replace(/\r\n /g, '');
    for (const task of planned) {
      const prompt = BUILT_IN_PROMPTS.find((p) => p.id === task.promptId);
      expect(prompt).toBeDefined();
      expect(unfolded).not.toContain(escapeText(prompt?.text ?? '?').slice(0, 30));
      expect(unfolded).not.toContain(task.promptId);
    }
    for (const secret of ['Tobias', 'Forgive', 'Amsel', '80 mg', 'ketamine', 'Dose']) {
      expect(unfolded).not.toContain(secret);
    }
    const words = new Set(
      events(text).flatMap((e) => [
        e.summary,
        e.description,
        e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description'),
      ]),
    );
    expect([...words]).toEqual([REMINDER_SUMMARY, REMINDER_DESCRIPTION]);
  });
});

describe('the daily check-in reminder', () => {
  it('is one event repeating daily at a floating local time, starting today or tomorrow', () => {
    const morning = new Date(2026, 9, 20, 9).getTime();
    const text = toIcs([dailyCheckInItem('20:00', morning)], morning);
    const parsed = events(text);
    expect(parsed).toHaveLength(1);
    const event = parsed[0] as ICAL.Event;
    expect(event.uid).toBe(DAILY_CHECK_IN_UID);
    expect(event.summary).toBe(CHECK_IN_SUMMARY);
    expect(event.isRecurring()).toBe(true);
    expect(event.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');
    expect(text).toContain('\r\nDTSTART:20261020T200000\r\n');
    expect(event.startDate.zone).toBe(ICAL.Timezone.localTimezone);
    const trigger = event.component
      .getFirstSubcomponent('valarm')
      ?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined;
    expect(trigger?.toSeconds()).toBe(0);

    const evening = new Date(2026, 9, 20, 21).getTime();
    expect(toIcs([dailyCheckInItem('20:00', evening)], evening)).toContain(
      'DTSTART:20261021T200000\r\n',
    );
  });

  it('stays at the same local time across a daylight-saving change', () => {
    const morning = new Date(2026, 9, 20, 9).getTime();
    const event = events(toIcs([dailyCheckInItem('20:00', morning)], morning))[0] as ICAL.Event;
    const iterator = event.iterator();
    const occurrences: ICAL.Time[] = [];
    for (let next = iterator.next(); next && occurrences.length < 10; next = iterator.next())
      occurrences.push(next);
    expect(occurrences.map((t) => t.toString().slice(0, 10))).toEqual([
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
    ]);
    // The wall-clock time never moves, so the phone rings at 20:00 in summer and winter time;
    // the UTC instants differ by the hour the clocks went back on 25 October.
    for (const time of occurrences) {
      expect([time.hour, time.minute]).toEqual([20, 0]);
      expect(time.toJSDate().getHours()).toBe(20);
    }
    expect(occurrences[0]?.toJSDate().getUTCHours()).toBe(18);
    expect(occurrences[9]?.toJSDate().getUTCHours()).toBe(19);
  });

  it('refuses a time that is not HH:mm', () => {
    expect(() => dailyCheckInItem('8pm', 0)).toThrow(RangeError);
  });

  it('keeps its UID when the time changes, so the calendar moves the event', () => {
    const now = new Date(2026, 10, 10, 9).getTime();
    const first = events(toIcs([dailyCheckInItem('20:00', now)], now))[0];
    const second = events(toIcs([dailyCheckInItem('07:30', now + 60_000)], now + 60_000))[0];
    expect(second?.uid).toBe(first?.uid);
    expect(second?.sequence).toBeGreaterThan(first?.sequence ?? Number.POSITIVE_INFINITY);
    expect(second?.startDate.toString()).toBe('2026-11-11T07:30:00');
  });
});

describe('the file format', () => {
  const base: CalendarItem = {
    uid: 'unit@waypoint.invalid',
    sequence: 0,
    start: { kind: 'instant', at: Date.UTC(2026, 10, 10, 18) },
    durationMinutes: 15,
    summary: 'Unit',
    description: 'Unit',
    daily: false,
  };

  it('ends every line with CRLF and never leaves a bare CR or LF', () => {
    const text = toIcs([{ ...base, description: 'one\ntwo\r\nthree\rfour' }], 0);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(events(text)[0]?.description).toBe('one\ntwo\nthree\nfour');
  });

  it('escapes backslash, semicolon, comma and newline in text', () => {
    const tricky = 'a, b; c\\ d\ne';
    expect(escapeText(tricky)).toBe('a\\, b\\; c\\\\ d\\ne');
    const text = toIcs([{ ...base, summary: tricky, description: `x\u0007y${tricky}` }], 0);
    expect(text).toContain('SUMMARY:a\\, b\\; c\\\\ d\\ne\r\n');
    const event = events(text)[0];
    expect(event?.summary).toBe(tricky);
    // Control characters are not allowed in TEXT; they are dropped.
    expect(event?.description).toBe(`xy${tricky}`);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const long = 'Ünïcödé 🌿 Привет, мир; 日本語のテキスト 👩🏽‍💻 مرحبا '.repeat(8);
    const text = toIcs([{ ...base, description: long }], 0);
    const lines = text.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    // Half of an emoji left on one line would be invalid UTF-8 once written out.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const folded = lines.filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(loneSurrogate);
      expect(line).not.toContain('\uFFFD');
    }
    expect(events(text)[0]?.description).toBe(long);
  });

  it('fills folded lines up to the limit, counting the leading space', () => {
    const folded = foldLine(`DESCRIPTION:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map((line) => line.length)).toEqual([75, 75, 64]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    const wide = foldLine('€'.repeat(30)).split('\r\n');
    // 25 three-octet characters fill 75 octets; the continuation takes a space and 5 more.
    expect(wide.map((line) => new TextEncoder().encode(line).length)).toEqual([75, 16]);
  });

  it('writes nothing but the calendar for no items', () => {
    const text = toIcs([], 0);
    expect(events(text)).toEqual([]);
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
  });
});

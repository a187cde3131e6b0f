// A small RFC 5545 (iCalendar) writer for reminder files. Pure: items and the moment come in.
// - One VCALENDAR (VERSION 2.0, METHOD PUBLISH), CRLF line endings, content lines folded at 75
//   octets with a leading space on each continuation, never inside a UTF-8 character.
// - TEXT values escape backslash, semicolon, comma and newlines; other control characters,
//   which TEXT may not hold, are dropped.
// - One-off reminders start at an instant written in UTC ("...Z"): every calendar shows it at
//   the right local time, and a later time-zone change cannot move it.
// - The daily check-in repeats (RRULE:FREQ=DAILY) from a FLOATING local start (no "Z", no
//   TZID; RFC 5545 3.3.5 form #1). A UTC start would ring an hour off for half of the year,
//   since the rule repeats the UTC time across daylight-saving changes; a TZID would need a
//   generated VTIMEZONE that calendars handle unevenly. Floating time means "20:00 wherever
//   the phone is", which is what a personal daily reminder wants, DST or travel alike.
// - Events are TRANSPARENT (they do not make the user look busy) and CLASS:PRIVATE.
import type { CalendarItem, CalendarStart } from '../domain/reminders';

/** The media type of calendar files. */
export const ICS_MEDIA_TYPE = 'text/calendar';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** Folds one content line into lines of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      // A continuation line starts with one space, which counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** An instant as a UTC DATE-TIME: 20261110T180000Z. */
export function formatUtc(at: number): string {
  const d = new Date(at);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A local day and "HH:mm" as a floating DATE-TIME: 20261110T200000. */
export function formatFloating(day: string, time: string): string {
  return `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function formatStart(start: CalendarStart): string {
  return start.kind === 'instant' ? formatUtc(start.at) : formatFloating(start.day, start.time);
}

function eventLines(item: CalendarItem, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(item.uid)}`,
    `SEQUENCE:${item.sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatStart(item.start)}`,
    `DURATION:PT${item.durationMinutes}M`,
    ...(item.daily ? ['RRULE:FREQ=DAILY'] : []),
    `SUMMARY:${escapeText(item.summary)}`,
    `DESCRIPTION:${escapeText(item.description)}`,
    'CLASS:PRIVATE',
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(item.description)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** A calendar file holding the items; `now` is its DTSTAMP. */
export function toIcs(items: readonly CalendarItem[], now: number): string {
  const stamp = formatUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waypoint//Waypoint//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...items.flatMap((item) => eventLines(item, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

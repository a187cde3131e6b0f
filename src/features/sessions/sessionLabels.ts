// How sessions are named on screen: "Session 3 · Tue 4 Nov", in the device's locale.
import type { KapSession } from '../../domain/types';

const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A session's short label, with its number when it has one. */
export function sessionLabel(session: KapSession, number: number | undefined): string {
  const date = dateFormat.format(session.startsAt);
  if (session.status === 'cancelled') return `Cancelled session · ${date}`;
  return number ? `Session ${number} · ${date}` : `Session · ${date}`;
}

/** A session's name alone: "Session 3", or "Cancelled session". */
export function sessionName(session: KapSession, number: number | undefined): string {
  if (session.status === 'cancelled') return 'Cancelled session';
  return number ? `Session ${number}` : 'Session';
}

/** When a session starts, date and time: "Tue, 4 Nov 2025, 10:00". */
export function sessionWhen(session: KapSession): string {
  return dateTimeFormat.format(session.startsAt);
}

import type { JSX } from 'preact';
import { toDay } from '../../domain/dates';
import { numberSessions } from '../../domain/phase';
import { dayLabel } from '../../domain/summary/labels';
import type { SummaryData } from '../../domain/summary/types';
import { latestCompletedSession, type RangeKind, type SummaryChoices } from './summaryChoices';

/** The range choice: one session's integration window, since the last summary, or dates. */
export function RangePicker({
  choices,
  data,
  lastSharedAt,
  now,
  problem,
  onChange,
}: {
  choices: SummaryChoices;
  data: SummaryData;
  lastSharedAt: number | undefined;
  now: number;
  problem: string | undefined;
  onChange: (patch: Partial<SummaryChoices>) => void;
}): JSX.Element {
  const today = toDay(now);
  const numbers = numberSessions(data.sessions);
  const completed = data.sessions
    .filter((s) => s.status === 'completed' && s.day <= today)
    .sort((a, b) => b.startsAt - a.startsAt);
  const sessionId = choices.sessionId || latestCompletedSession(data, today)?.id || '';
  const kind = (value: RangeKind) => ({
    name: 'summary-range',
    type: 'radio',
    value,
    checked: choices.rangeKind === value,
    onChange: () => onChange({ rangeKind: value }),
  });
  return (
    <fieldset class="option-list">
      <legend>Which dates?</legend>
      <label class="option">
        <input {...kind('session')} />
        One session and the days after it
      </label>
      {choices.rangeKind === 'session' && completed.length > 0 ? (
        <div class="field share-range__detail">
          <label class="field__label" for="summary-session">
            Session
          </label>
          <select
            id="summary-session"
            class="input"
            value={sessionId}
            onChange={(e) => onChange({ sessionId: (e.currentTarget as HTMLSelectElement).value })}
          >
            {completed.map((s) => (
              <option key={s.id} value={s.id}>
                {`Session ${numbers.get(s.id) ?? ''} · ${dayLabel(s.day)}`}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label class="option">
        <input {...kind('since-last')} />
        {lastSharedAt === undefined
          ? 'Since the last summary I shared'
          : `Since the last summary I shared (${dayLabel(toDay(lastSharedAt))})`}
      </label>
      <label class="option">
        <input {...kind('custom')} />
        Dates I choose
      </label>
      {choices.rangeKind === 'custom' ? (
        <div class="share-range__dates">
          <div class="field">
            <label class="field__label" for="summary-from">
              From
            </label>
            <input
              id="summary-from"
              class="input"
              type="date"
              value={choices.customFrom}
              onInput={(e) => onChange({ customFrom: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label class="field__label" for="summary-to">
              To
            </label>
            <input
              id="summary-to"
              class="input"
              type="date"
              value={choices.customTo}
              onInput={(e) => onChange({ customTo: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        </div>
      ) : null}
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

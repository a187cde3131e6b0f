// "What to include": a switch per section and a checkbox per item, built from the same range
// with nothing left out, so every item that could be shared is listed and can be left out.
import type { ComponentChildren, JSX } from 'preact';
import { toTimeOfDay } from '../../domain/dates';
import { dayLabel } from '../../domain/summary/labels';
import { itemKey } from '../../domain/summary/options';
import type {
  Summary,
  SummaryData,
  SummaryDetails,
  SummaryItemKind,
  SummarySection,
} from '../../domain/summary/types';
import { EntryChoice } from './EntryChoice';
import { Toggle } from './ItemToggle';
import type { SummaryChoices } from './summaryChoices';

const sectionLabels: Record<SummarySection, string> = {
  topics: 'Topics to discuss',
  sessions: 'Sessions',
  mood: 'Mood and check-ins',
  questionnaires: 'Questionnaire totals',
  emotions: 'Emotions named most often',
  commitments: 'Commitments and how they went',
  entries: 'Journal entries marked “Share with my therapist”',
};

/** Every section and item of the summary, each with its checkbox. */
export function SectionChoices({
  choices,
  candidates,
  data,
  onChange,
}: {
  choices: SummaryChoices;
  candidates: Summary;
  data: SummaryData;
  onChange: (patch: Partial<SummaryChoices>) => void;
}): JSX.Element {
  const excluded = new Set(choices.excluded);
  const { range } = candidates;
  const included = (kind: SummaryItemKind, id: string) => !excluded.has(itemKey(kind, id));
  const setItem = (kind: SummaryItemKind, id: string, on: boolean) => {
    const key = itemKey(kind, id);
    const next = new Set(excluded);
    if (on) next.delete(key);
    else next.add(key);
    onChange({ excluded: [...next] });
  };
  const setDetail = (detail: keyof SummaryDetails, on: boolean) =>
    onChange({ details: { ...choices.details, [detail]: on } });

  const topics = candidates.topics ?? [];
  const sessions = candidates.sessions ?? [];
  const checkins = candidates.mood?.checkins ?? [];
  const results = (candidates.questionnaires ?? []).flatMap((q) =>
    q.results.map((r) => ({ ...r, name: q.name, max: q.max })),
  );
  const commitments = candidates.commitments ?? [];
  const sharedIds = new Set((candidates.entries ?? []).map((e) => e.id));
  const shared = data.entries
    .filter((e) => sharedIds.has(e.id))
    .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt - b.createdAt);
  const privateCount = data.entries.filter(
    (e) => !sharedIds.has(e.id) && e.day >= range.from && e.day <= range.to,
  ).length;

  return (
    <>
      <SectionCard choices={choices} onChange={onChange} section="topics" count={topics.length}>
        <ul class="share-items">
          {topics.map((t) => (
            <li key={t.entryId}>
              <Toggle
                item
                checked={included('topic', t.entryId)}
                onChange={(on) => setItem('topic', t.entryId, on)}
              >
                {t.text}
              </Toggle>
            </li>
          ))}
        </ul>
        <p class="muted field__hint">
          Only the topic line is shared. The rest of the entry stays private unless it is marked
          “Share with my therapist”.
        </p>
      </SectionCard>
      <SectionCard choices={choices} onChange={onChange} section="sessions" count={sessions.length}>
        <ul class="share-items">
          {sessions.map((s) => (
            <li key={s.id}>
              <Toggle
                item
                checked={included('session', s.id)}
                onChange={(on) => setItem('session', s.id, on)}
              >
                {`Session ${s.number} · ${dayLabel(s.day)}`}
              </Toggle>
            </li>
          ))}
        </ul>
        <Toggle item checked={choices.details.dose} onChange={(on) => setDetail('dose', on)}>
          Include the dose
        </Toggle>
        <Toggle item checked={choices.details.vitals} onChange={(on) => setDetail('vitals', on)}>
          Include blood pressure and pulse
        </Toggle>
      </SectionCard>
      <SectionCard choices={choices} onChange={onChange} section="mood" count={checkins.length}>
        <details class="share-details">
          <summary>{`Choose check-ins (${checkins.length})`}</summary>
          <ul class="share-items">
            {checkins.map((c) => (
              <li key={c.id}>
                <Toggle
                  item
                  checked={included('checkin', c.id)}
                  onChange={(on) => setItem('checkin', c.id, on)}
                >
                  {`${dayLabel(c.day)}, ${toTimeOfDay(c.at)} · mood ${c.mood}`}
                </Toggle>
              </li>
            ))}
          </ul>
        </details>
        <Toggle
          item
          checked={choices.details.checkInNotes}
          onChange={(on) => setDetail('checkInNotes', on)}
        >
          Include the notes I typed on check-ins
        </Toggle>
      </SectionCard>
      <SectionCard
        choices={choices}
        onChange={onChange}
        section="questionnaires"
        count={results.length}
      >
        <ul class="share-items">
          {results.map((r) => (
            <li key={r.id}>
              <Toggle
                item
                checked={included('assessment', r.id)}
                onChange={(on) => setItem('assessment', r.id, on)}
              >
                {`${r.name} · ${dayLabel(r.day)} · ${r.total} of ${r.max}${r.isBaseline ? ' (baseline)' : ''}`}
              </Toggle>
            </li>
          ))}
        </ul>
      </SectionCard>
      <SectionCard
        choices={choices}
        onChange={onChange}
        section="emotions"
        count={candidates.emotions?.length ?? 0}
      />
      <SectionCard
        choices={choices}
        onChange={onChange}
        section="commitments"
        count={commitments.length}
      >
        <ul class="share-items">
          {commitments.map((c) => (
            <li key={c.id}>
              <Toggle
                item
                checked={included('commitment', c.id)}
                onChange={(on) => setItem('commitment', c.id, on)}
              >
                {c.text}
              </Toggle>
            </li>
          ))}
        </ul>
      </SectionCard>
      <SectionCard choices={choices} onChange={onChange} section="entries" count={shared.length}>
        <ul class="share-items">
          {shared.map((entry) => (
            <EntryChoice
              key={entry.id}
              entry={entry}
              included={included('entry', entry.id)}
              excerpt={choices.excerpts[entry.id]}
              onInclude={(on) => setItem('entry', entry.id, on)}
              onExcerpt={(passages) => {
                const { [entry.id]: _old, ...rest } = choices.excerpts;
                onChange({ excerpts: passages ? { ...rest, [entry.id]: passages } : rest });
              }}
            />
          ))}
        </ul>
      </SectionCard>
      {privateCount > 0 ? (
        <p class="muted">
          {privateCount === 1
            ? '1 entry in these dates is not marked “Share with my therapist”: it stays private.'
            : `${privateCount} entries in these dates are not marked “Share with my therapist”: they stay private.`}
        </p>
      ) : null}
    </>
  );
}

/** One section's card: its switch, then its items while it is on. */
function SectionCard({
  section,
  count,
  choices,
  onChange,
  children,
}: {
  section: SummarySection;
  count: number;
  choices: SummaryChoices;
  onChange: (patch: Partial<SummaryChoices>) => void;
  children?: ComponentChildren;
}): JSX.Element {
  const on = choices.sections[section];
  const onToggle = (checked: boolean) =>
    onChange({ sections: { ...choices.sections, [section]: checked } });
  return (
    <div class="card share-section">
      <Toggle checked={on} onChange={onToggle}>
        {sectionLabels[section]}
      </Toggle>
      {on && count === 0 ? <p class="muted share-section__none">None in these dates.</p> : null}
      {on && count > 0 ? children : null}
    </div>
  );
}

// One shared entry on the Share screen: keep it in or leave it out, and share it whole or as
// chosen passages (sentences). Only entries flagged "share" ever reach this component.
import type { JSX } from 'preact';
import { splitPassages } from '../../domain/summary/excerpts';
import { dayLabel } from '../../domain/summary/labels';
import type { JournalEntry } from '../../domain/types';
import { Toggle } from './ItemToggle';

/** The choices for one shared entry. */
export function EntryChoice({
  entry,
  included,
  excerpt,
  onInclude,
  onExcerpt,
}: {
  entry: JournalEntry;
  included: boolean;
  /** The chosen passages, or undefined when the whole entry is shared. */
  excerpt: readonly number[] | undefined;
  onInclude: (included: boolean) => void;
  onExcerpt: (passages: number[] | undefined) => void;
}): JSX.Element {
  const name = entry.title?.trim() || `Entry of ${dayLabel(entry.day)}`;
  const passages = included && excerpt ? splitPassages(entry.body) : [];
  const chosen = new Set(excerpt ?? []);
  return (
    <li class="share-entry">
      <Toggle item checked={included} onChange={onInclude}>
        {`${name} · ${dayLabel(entry.day)}`}
      </Toggle>
      {included ? (
        <fieldset class="share-entry__how">
          <legend class="visually-hidden">{`How to share ${name}`}</legend>
          <label class="option share-item">
            <input
              type="radio"
              name={`share-how-${entry.id}`}
              checked={excerpt === undefined}
              onChange={() => onExcerpt(undefined)}
            />
            Whole entry
          </label>
          <label class="option share-item">
            <input
              type="radio"
              name={`share-how-${entry.id}`}
              checked={excerpt !== undefined}
              onChange={() => onExcerpt([])}
            />
            Only passages I choose
          </label>
        </fieldset>
      ) : null}
      {passages.length > 0 ? (
        <fieldset class="share-passages">
          <legend>{`Passages of ${name} to share`}</legend>
          {chosen.size === 0 ? (
            <p class="muted">Pick at least one passage, or this entry stays out.</p>
          ) : null}
          {passages.map((p) => (
            <Toggle
              key={p.index}
              item
              checked={chosen.has(p.index)}
              onChange={(on) => {
                const next = new Set(chosen);
                if (on) next.add(p.index);
                else next.delete(p.index);
                onExcerpt([...next].sort((a, b) => a - b));
              }}
            >
              {p.text}
            </Toggle>
          ))}
        </fieldset>
      ) : null}
    </li>
  );
}

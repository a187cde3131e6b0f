import type { JSX } from 'preact';
import { focusSoon } from './focusSoon';
import { type IntentionRow, maxFieldLength, newRowId } from './sessionForm';

/** Intentions as a list of lines the user can add to and remove from. */
export function IntentionsEditor({
  rows,
  onChange,
}: {
  rows: readonly IntentionRow[];
  onChange: (rows: IntentionRow[]) => void;
}): JSX.Element {
  const add = () => {
    const id = newRowId();
    onChange([...rows, { id, text: '' }]);
    focusSoon(`intention-${id}`);
  };
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">Intentions</legend>
      <p class="field__hint muted">
        What you hope to bring into this session, or to stay open to. One is plenty; add more if you
        like.
      </p>
      <ul class="row-list">
        {rows.map((row, index) => (
          <li class="row-list__item" key={row.id}>
            <input
              class="input"
              id={`intention-${row.id}`}
              dir="auto"
              maxLength={maxFieldLength}
              aria-label={`Intention ${index + 1}`}
              value={row.text}
              onInput={(e) => {
                const text = e.currentTarget.value;
                onChange(rows.map((r) => (r.id === row.id ? { ...r, text } : r)));
              }}
            />
            <button
              type="button"
              class="button button--remove"
              aria-label={`Remove intention ${index + 1}`}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="button" onClick={add}>
        Add an intention
      </button>
    </fieldset>
  );
}

import type { JSX } from 'preact';
import type { ChecklistItem } from '../../domain/types';
import { focusSoon } from './focusSoon';
import { defaultChecklist, maxFieldLength, newRowId } from './sessionForm';

/** The preparation checklist: tick, rename, remove or add items. */
export function ChecklistEditor({
  items,
  onChange,
}: {
  items: readonly ChecklistItem[];
  onChange: (items: ChecklistItem[]) => void;
}): JSX.Element {
  const change = (id: string, patch: Partial<ChecklistItem>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const add = () => {
    const id = newRowId();
    onChange([...items, { id, label: '', done: false }]);
    focusSoon(`check-${id}`);
  };
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">Preparation checklist</legend>
      <p class="field__hint muted">Suggestions to start from. Change them to fit your clinic.</p>
      <ul class="row-list">
        {items.map((item, index) => (
          <li class="row-list__item" key={item.id}>
            <input
              type="checkbox"
              class="row-list__check"
              aria-label={`Done: ${item.label || `item ${index + 1}`}`}
              checked={item.done}
              onChange={(e) => change(item.id, { done: e.currentTarget.checked })}
            />
            <input
              class="input"
              id={`check-${item.id}`}
              dir="auto"
              maxLength={maxFieldLength}
              aria-label={`Checklist item ${index + 1}`}
              value={item.label}
              onInput={(e) => change(item.id, { label: e.currentTarget.value })}
            />
            <button
              type="button"
              class="button button--remove"
              aria-label={`Remove ${item.label || `item ${index + 1}`}`}
              onClick={() => onChange(items.filter((i) => i.id !== item.id))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="button" onClick={add}>
          Add an item
        </button>
        {items.length === 0 ? (
          <button
            type="button"
            class="button button--quiet"
            onClick={() => onChange(defaultChecklist.map((item) => ({ ...item })))}
          >
            Use the suggestions
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

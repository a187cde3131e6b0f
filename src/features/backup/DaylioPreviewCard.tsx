import type { JSX } from 'preact';
import type { DaylioPreview } from '../../import/daylio';
import { ImportCounts } from './ImportCounts';
import { SkippedRows } from './SkippedRows';

/** The user's mood mapping: Daylio label → Waypoint mood 1..10 (undefined: not chosen yet). */
export type MoodMapping = Readonly<Record<string, number | undefined>>;

const moodValues = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

/**
 * A Daylio export: what it holds, and the mapping step. Daylio moods are labels the user may have
 * renamed, so each label gets a Waypoint mood (1 worst, 10 best); known labels come pre-set.
 */
export function DaylioPreviewCard({
  preview,
  mapping,
  onMapping,
}: {
  preview: DaylioPreview;
  mapping: MoodMapping;
  onMapping: (mapping: MoodMapping) => void;
}): JSX.Element {
  return (
    <section class="card import-preview" aria-labelledby="daylio-preview-title">
      <h2 id="daylio-preview-title">Daylio export</h2>
      <ImportCounts
        rows={[
          ['Check-ins', preview.checkins],
          ['Journal entries (from notes)', preview.entries],
        ]}
        firstDay={preview.firstDay}
        lastDay={preview.lastDay}
      />
      <fieldset class="mood-mapping">
        <legend>Match your Daylio moods to Waypoint's mood scale (1 worst, 10 best)</legend>
        {preview.moods.map((mood, index) => {
          const id = `mood-map-${index}`;
          const value = mapping[mood.label];
          return (
            <div class="field mood-mapping__row" key={mood.label}>
              <label class="field__label" for={id} dir="auto">
                “{mood.label}” ({mood.count.toLocaleString('en-US')})
              </label>
              <select
                id={id}
                class="input"
                value={value === undefined ? '' : String(value)}
                aria-invalid={value === undefined}
                onChange={(e) => {
                  const chosen = e.currentTarget.value;
                  onMapping({ ...mapping, [mood.label]: chosen ? Number(chosen) : undefined });
                }}
              >
                <option value="">Choose a mood…</option>
                {moodValues.map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <SkippedRows rows={preview.skipped} />
    </section>
  );
}

/** The labels still without a Waypoint mood. */
export function unmappedMoods(mapping: MoodMapping): string[] {
  return Object.entries(mapping)
    .filter(([, value]) => value === undefined)
    .map(([label]) => label);
}

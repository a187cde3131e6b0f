import type { JSX } from 'preact';
import { sideEffectLabels } from '../../domain/labels';
import type { SideEffectKind } from '../../domain/types';
import { maxFieldLength, type Severity } from './sessionForm';

const severities: readonly { value: Severity | ''; label: string }[] = [
  { value: '', label: 'None' },
  { value: 'mild', label: 'Mild' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'severe', label: 'Severe' },
];

const kinds = Object.keys(sideEffectLabels) as SideEffectKind[];

/** Side effects, each with how strong it felt (none by default). */
export function SideEffectsFields({
  value,
  other,
  onChange,
  onOtherChange,
}: {
  value: Partial<Record<SideEffectKind, Severity>>;
  other: string;
  onChange: (value: Partial<Record<SideEffectKind, Severity>>) => void;
  onOtherChange: (text: string) => void;
}): JSX.Element {
  const choose = (kind: SideEffectKind, severity: Severity | '') => {
    const next = { ...value };
    if (severity) next[kind] = severity;
    else delete next[kind];
    onChange(next);
  };
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">Side effects</legend>
      <p class="field__hint muted">Anything you noticed during or after, and how strong it felt.</p>
      {kinds.map((kind) => (
        <fieldset class="severity" key={kind}>
          <legend class="severity__legend">{sideEffectLabels[kind]}</legend>
          <div class="segmented">
            {severities.map((option) => (
              <label class="segmented__option" key={option.value}>
                <input
                  type="radio"
                  name={`effect-${kind}`}
                  value={option.value}
                  checked={(value[kind] ?? '') === option.value}
                  onChange={() => choose(kind, option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
          {kind === 'other' && value.other ? (
            <label class="field">
              <span class="field__label">What was it?</span>
              <input
                class="input"
                dir="auto"
                maxLength={maxFieldLength}
                value={other}
                onInput={(e) => onOtherChange(e.currentTarget.value)}
              />
            </label>
          ) : null}
        </fieldset>
      ))}
    </fieldset>
  );
}

import type { JSX } from 'preact';
import { routeLabels, sideEffectLabels } from '../../domain/labels';
import type { KapSession, Vitals } from '../../domain/types';

const severityLabels = { mild: 'Mild', moderate: 'Moderate', severe: 'Severe' } as const;

function vitalsText(vitals: Vitals | undefined): string | undefined {
  if (!vitals) return undefined;
  const pressure =
    vitals.systolic !== undefined || vitals.diastolic !== undefined
      ? `Blood pressure ${vitals.systolic ?? '–'}/${vitals.diastolic ?? '–'}`
      : undefined;
  const pulse = vitals.heartRate !== undefined ? `heart rate ${vitals.heartRate}` : undefined;
  return [pressure, pulse].filter(Boolean).join(', ') || undefined;
}

/** What was recorded about the session: route, dose, vital signs, side effects, notes. */
export function SessionRecord({ session }: { session: KapSession }): JSX.Element {
  const rows = [
    { label: 'How it was given', value: session.route ? routeLabels[session.route] : undefined },
    {
      label: 'Dose, as recorded by your clinic',
      value: session.doseMg !== undefined ? `${session.doseMg.toLocaleString()} mg` : undefined,
    },
    { label: 'Before', value: vitalsText(session.vitalsBefore) },
    { label: 'After', value: vitalsText(session.vitalsAfter) },
  ].filter((row) => row.value);
  const nothing = !rows.length && !session.sideEffects.length;
  return (
    <>
      {rows.length ? (
        <dl class="details-list">
          {rows.map((row) => (
            <div class="details-list__row" key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {session.sideEffects.length ? (
        <>
          <h3>Side effects</h3>
          <ul class="side-effects">
            {session.sideEffects.map((effect) => (
              <li key={effect.kind}>
                <span dir="auto">
                  {effect.kind === 'other' && effect.note
                    ? effect.note
                    : sideEffectLabels[effect.kind]}
                </span>{' '}
                <span class={`badge badge--${effect.severity}`}>
                  {severityLabels[effect.severity]}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {nothing ? <p class="muted">Nothing recorded about the session itself yet.</p> : null}
    </>
  );
}

import type { JSX } from 'preact';
import { useServices } from '../../app/services';
import { settingLabels } from '../../domain/labels';
import type { KapSession } from '../../domain/types';
import { setChecklistItem } from './sessionActions';

/** The session's plan: setting and people, intentions, and the checklist ticked in place. */
export function PreparationSection({ session }: { session: KapSession }): JSX.Element {
  const { repos } = useServices();
  const details = [
    { label: 'Setting', value: session.setting ? settingLabels[session.setting] : undefined },
    { label: 'Clinician', value: session.clinician },
    { label: 'Therapist', value: session.therapist },
    { label: 'Support person', value: session.supportPerson },
  ].filter((detail) => detail.value);
  const done = session.checklist.filter((item) => item.done).length;
  const checklist = (
    <ul class="checklist">
      {session.checklist.map((item) => (
        <li key={item.id}>
          <label class="option">
            <input
              type="checkbox"
              checked={item.done}
              onChange={(e) =>
                void setChecklistItem(repos, session.id, item.id, e.currentTarget.checked)
              }
            />
            <span class="checklist__label" dir="auto">
              {item.label}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
  return (
    <section class="session-section" aria-labelledby="preparation-title">
      <h2 id="preparation-title">Preparation</h2>
      {details.length ? (
        <dl class="details-list">
          {details.map((detail) => (
            <div class="details-list__row" key={detail.label}>
              <dt>{detail.label}</dt>
              <dd dir="auto">{detail.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <h3>Intentions</h3>
      {session.intentions.length ? (
        <ul class="intentions">
          {session.intentions.map((intention, index) => (
            <li key={index} dir="auto" class="user-text">
              {intention}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">
          No intentions yet. <a href={`/sessions/${session.id}/edit`}>Add one</a>
        </p>
      )}
      {session.checklist.length ? (
        session.status === 'planned' ? (
          <>
            <h3>
              Checklist{' '}
              <span class="muted checklist__count">
                {done} of {session.checklist.length} done
              </span>
            </h3>
            {checklist}
          </>
        ) : (
          <details class="checklist-details">
            <summary class="form-section__summary">
              Checklist ({done} of {session.checklist.length} done)
            </summary>
            {checklist}
          </details>
        )
      ) : null}
    </section>
  );
}

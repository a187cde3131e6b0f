import type { JSX } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { ServicesContext } from '../../app/services';
import {
  type CrisisResource,
  callHref,
  defaultCrisisResources,
  textHref,
} from '../../domain/crisis';
import { Screen } from '../../ui/Screen';

/**
 * Crisis resources. Works with no database at all (the defaults show even when storage fails
 * or the journal is locked), because someone in crisis must always reach help.
 */
export function CrisisScreen(): JSX.Element {
  const services = useContext(ServicesContext);
  const [resources, setResources] = useState<readonly CrisisResource[]>(defaultCrisisResources);

  useEffect(() => {
    if (!services) return;
    let cancelled = false;
    services.repos.settings.get('crisisResources').then(
      (stored) => {
        if (!cancelled) setResources(stored ?? defaultCrisisResources);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [services]);

  return (
    <Screen
      title="Get help now"
      lead="If you might act on thoughts of harming yourself, or you are in danger, call your local emergency number now."
    >
      <p>
        <strong>No one monitors Waypoint.</strong> Not the app makers and not your clinic: what you
        write here is not seen by anyone, so reach out to a person directly.
      </p>
      <section class="card" aria-labelledby="resources-title">
        <h2 id="resources-title">People you can reach now</h2>
        {resources.map((resource) => {
          const call = callHref(resource);
          const text = textHref(resource);
          return (
            <div class="resource" key={resource.id}>
              <h3>{resource.name}</h3>
              <p class="muted">
                {resource.region}. {resource.description}
              </p>
              <div class="resource__actions">
                {call ? (
                  <a class="button button--primary" href={call}>
                    Call {resource.phoneLabel ?? resource.phone}
                  </a>
                ) : null}
                {text ? (
                  <a class="button" href={text}>
                    Text {resource.phoneLabel ?? resource.phone}
                  </a>
                ) : null}
              </div>
            </div>
          );
        })}
      </section>
    </Screen>
  );
}

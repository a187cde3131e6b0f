import type { JSX } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { ServicesContext } from '../../app/services';
import {
  type CrisisResource,
  callHref,
  defaultCrisisResources,
  textHref,
} from '../../domain/crisis';

/**
 * The user's crisis resources: the stored list, or the defaults until it loads or when storage
 * fails (works with no database at all, because someone in crisis must always reach help).
 */
export function useCrisisResources(): readonly CrisisResource[] {
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
  return resources;
}

/** Every crisis resource in full, each with its call and text links. */
export function CrisisResourceList({
  resources,
  titleId = 'resources-title',
}: {
  resources: readonly CrisisResource[];
  titleId?: string;
}): JSX.Element {
  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>People you can reach now</h2>
      {resources.map((resource) => {
        const call = callHref(resource);
        const text = textHref(resource);
        return (
          <div class="resource" key={resource.id}>
            <h3>{resource.name}</h3>
            <p class="muted">
              {resource.region}.{resource.description ? ` ${resource.description}` : ''}
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
  );
}

// What every screen can reach: the repositories and the clock. Screens read the clock from
// here (never Date.now() directly) so tests can move time.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Repositories } from '../db/repositories';

/** The app's services. */
export interface Services {
  readonly repos: Repositories;
  readonly now: () => number;
}

/** Holds the services for the component tree. */
export const ServicesContext = createContext<Services | null>(null);

/** The services of the running app. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext provider');
  return services;
}

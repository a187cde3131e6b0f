import { useMemo } from 'preact/hooks';
import { useServices } from '../../app/services';
import { type LiveResult, useLiveQuery } from '../../db/useLiveQuery';
import { numberSessions } from '../../domain/phase';
import type { KapSession } from '../../domain/types';

/** Every session, live and earliest first, with the number each one has. */
export interface SessionsState {
  readonly result: LiveResult<KapSession[]>;
  readonly list: readonly KapSession[];
  readonly numbers: ReadonlyMap<string, number>;
}

const none: readonly KapSession[] = [];

/** Reads every session and keeps it current. */
export function useSessions(): SessionsState {
  const { repos } = useServices();
  const result = useLiveQuery(() => repos.sessions.listByDate(), [repos]);
  const list = result.status === 'ready' ? result.value : none;
  const numbers = useMemo(() => numberSessions(list), [list]);
  return { result, list, numbers };
}

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { KapSession } from '../../domain/types';

type Prompt = typeof import('../sessions/UnconfirmedPrompt').UnconfirmedPrompt;

/**
 * "Did this session happen?" for each planned session whose day passed. The prompt is loaded
 * only when one is needed, which keeps it off Today's first load.
 */
export function UnconfirmedPrompts({
  sessions,
  numbers,
}: {
  sessions: readonly KapSession[];
  numbers: ReadonlyMap<string, number>;
}): JSX.Element | null {
  const [Prompt, setPrompt] = useState<Prompt>();
  const needed = sessions.length > 0;
  useEffect(() => {
    if (!needed || Prompt) return;
    let live = true;
    import('../sessions/UnconfirmedPrompt').then(
      (m) => live && setPrompt(() => m.UnconfirmedPrompt),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, Prompt]);
  if (!Prompt) return null;
  return (
    <>
      {sessions.map((session) => (
        <Prompt key={session.id} session={session} number={numbers.get(session.id)} />
      ))}
    </>
  );
}

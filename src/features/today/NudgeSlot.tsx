// The backup nudge is loaded after first paint, and only once something was ever saved here
// (the first save asks for persistent storage and remembers it): with no data there is nothing
// to back up, so a new user's first visit loads none of it.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';

type Nudge = typeof import('../storage/BackupNudge').BackupNudge;

/** The backup nudge, once there is anything to back up. */
export function NudgeSlot(): JSX.Element | null {
  const { repos } = useServices();
  const [Nudge, setNudge] = useState<Nudge>();
  useEffect(() => {
    repos.meta
      .get('persistenceRequested')
      .then((saved) => (saved ? import('../storage/BackupNudge') : undefined))
      .then(
        (m) => m && setNudge(() => m.BackupNudge),
        () => undefined,
      );
  }, [repos]);
  return Nudge ? <Nudge /> : null;
}

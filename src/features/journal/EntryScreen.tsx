import type { JSX } from 'preact';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useServices } from '../../app/services';
import { storageNotice } from '../../app/storageNotice';
import { offerUndo } from '../../app/undo';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { numberSessions } from '../../domain/phase';
import type { JournalEntry } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { MakeCommitment } from '../commitments/MakeCommitment';
import { sessionLabel } from '../sessions/sessionLabels';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** One journal entry, to read, edit or delete (with undo). */
export function EntryScreen({ params }: ScreenProps): JSX.Element {
  const { repos } = useServices();
  const id = params.id ?? '';
  const entry = useLiveQuery(() => repos.entries.get(id), [repos, id]);
  const sessions = useLiveQuery(() => repos.sessions.listByDate(), [repos]);

  if (entry.status === 'loading') return <Screen title="Entry" />;
  if (entry.status === 'error' || !entry.value) {
    return (
      <Screen title="Entry not found">
        <EmptyState title="This entry is not here">
          <p>It may have been deleted.</p>
          <a class="button" href="/journal">
            Back to the journal
          </a>
        </EmptyState>
      </Screen>
    );
  }
  const value: JournalEntry = entry.value;
  const list = sessions.status === 'ready' ? sessions.value : [];
  const session = list.find((s) => s.id === value.sessionId);

  async function remove(): Promise<void> {
    try {
      await repos.entries.remove(value.id);
      navigate('/journal', { replace: true });
      offerUndo('Entry deleted.', 'Entry restored.', () => repos.entries.put(value));
    } catch (error) {
      storageNotice.set(toStorageProblem(error).message);
    }
  }

  return (
    <Screen title={value.title || 'Journal entry'}>
      <p class="muted">
        {timeFormat.format(value.createdAt)}
        {session ? (
          <>
            {' · '}
            <a href={`/sessions/${session.id}`}>
              {sessionLabel(session, numberSessions(list).get(session.id))}
            </a>
          </>
        ) : null}
      </p>
      {value.tags.length || value.share || value.discuss ? (
        <p class="chips">
          {value.share ? <span class="badge">Share with therapist</span> : null}
          {value.discuss ? <span class="badge">Discuss in therapy</span> : null}
          {value.tags.map((tag) => (
            <span class="tag" key={tag} dir="auto">
              #{tag}
            </span>
          ))}
        </p>
      ) : null}
      <div class="card user-text entry-body" dir="auto">
        {value.body}
      </div>
      <div class="actions">
        <a class="button button--primary" href={`/journal/${value.id}/edit`}>
          Edit
        </a>
        <button type="button" class="button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      <MakeCommitment entry={value} />
    </Screen>
  );
}

// "My journal": a readable copy of the client's own writing, every entry or a range, as one
// Markdown file. It is for them alone, so it includes private entries and is not recorded as a
// shared summary.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { customRange } from '../../domain/summary/ranges';
import type { SummaryData } from '../../domain/summary/types';
import { saveFile } from '../../ui/saveFile';
import { journalFile } from './exportFiles';

/** Exports the client's journal as Markdown. */
export function MyJournalExport({
  data,
  today,
}: {
  data: SummaryData;
  today: string;
}): JSX.Element {
  const [all, setAll] = useState(true);
  const [from, setFrom] = useState(() => data.entries.map((e) => e.day).sort()[0] ?? today);
  const [to, setTo] = useState(today);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string>();

  async function save(): Promise<void> {
    setProblem(undefined);
    setStatus('');
    const chosen = all ? undefined : customRange(from, to);
    if (chosen && 'problem' in chosen) {
      setProblem(chosen.problem.replace('of the summary', 'of the journal copy'));
      return;
    }
    try {
      const outcome = await saveFile(journalFile(data.entries, data.sessions, chosen?.range));
      setStatus(outcome === 'cancelled' ? 'Nothing was saved.' : 'Your journal copy is ready.');
    } catch {
      setProblem('The journal copy could not be made. Try again.');
    }
  }

  return (
    <>
      <p>A copy of your own writing, for you: one Markdown file you can read anywhere.</p>
      <fieldset class="option-list">
        <legend>Which entries?</legend>
        <label class="option">
          <input type="radio" name="journal-range" checked={all} onChange={() => setAll(true)} />
          Every entry
        </label>
        <label class="option">
          <input type="radio" name="journal-range" checked={!all} onChange={() => setAll(false)} />
          Entries between two dates
        </label>
      </fieldset>
      {all ? null : (
        <div class="share-range__dates">
          <div class="field">
            <label class="field__label" for="journal-from">
              First day
            </label>
            <input
              id="journal-from"
              class="input"
              type="date"
              value={from}
              onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label class="field__label" for="journal-to">
              Last day
            </label>
            <input
              id="journal-to"
              class="input"
              type="date"
              value={to}
              onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        </div>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={save} disabled={data.entries.length === 0}>
          Save my journal
        </button>
      </div>
      <p class="share-status" role="status">
        {status}
      </p>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

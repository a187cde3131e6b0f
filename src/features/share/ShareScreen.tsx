import './share.css';
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { LazyScreen } from '../../app/LazyScreen';
import { currentPath, navigate } from '../../app/router';
import type { RouteDefinition } from '../../app/routes';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { toDay } from '../../domain/dates';
import { Screen } from '../../ui/Screen';
import { useDraft } from '../drafts/useDraft';
import { DocumentBlocks } from './DocumentView';
import { ExportActions } from './ExportActions';
import { MyJournalExport } from './MyJournalExport';
import { RangePicker } from './RangePicker';
import { SectionChoices } from './SectionChoices';
import {
  buildFromChoices,
  choicesDraftId,
  initialChoices,
  type SummaryChoices,
} from './summaryChoices';
import { type ShareData, useSummaryData } from './useSummaryData';

// The print view is its own chunk, reached through this screen so the route table (which is on
// the first load) carries one entry for both.
const printView: RouteDefinition = {
  paths: ['/share/print'],
  nav: 'share',
  load: () => import('./PrintScreen').then((m) => m.PrintScreen),
};

/** /share and /share/print: the summary builder, or its print view. */
export function ShareScreen(): JSX.Element {
  return currentPath() === '/share/print' ? (
    <LazyScreen route={printView} params={{}} />
  ) : (
    <SummaryBuilder />
  );
}

/** Share: build a summary for the therapist from exactly the items the client picks. */
function SummaryBuilder(): JSX.Element {
  const data = useSummaryData();
  return (
    <Screen
      title="Share"
      lead="Build a summary for your therapist. Only what you pick here leaves this phone, and only when you tap to export it."
    >
      {data.status === 'loading' ? <p class="muted">Gathering your records…</p> : null}
      {data.status === 'error' ? (
        <p class="problem" role="alert">
          {toStorageProblem(data.error).message}
        </p>
      ) : null}
      {data.status === 'ready' ? <ShareBody data={data.value} /> : null}
    </Screen>
  );
}

function ShareBody({ data }: { data: ShareData }): JSX.Element {
  const { repos, now } = useServices();
  const draft = useDraft<SummaryChoices>(choicesDraftId, async () => initialChoices(now(), data));
  const choices = draft.value;
  const at = now();
  const built = useMemo(
    () => (choices ? buildFromChoices(choices, data, data.lastSharedAt, at) : undefined),
    // `at` moves every render; the summary only needs rebuilding when the day changes.
    [choices, data, toDay(at)],
  );
  if (!choices || !built) return <p class="muted">Gathering your records…</p>;
  const problem = 'problem' in built ? built.problem : undefined;
  const current = built;

  async function recordShared(): Promise<void> {
    if (!choices || 'problem' in current) return;
    // "Since the last summary" would now start today: keep showing the dates just shared.
    if (choices.rangeKind === 'since-last') {
      draft.update({
        rangeKind: 'custom',
        customFrom: current.summary.range.from,
        customTo: current.summary.range.to,
      });
    }
    await repos.settings.set('lastSummarySharedAt', now()).catch(() => undefined);
  }

  async function openPrintView(): Promise<void> {
    await draft.flush();
    navigate('/share/print');
  }

  return (
    <>
      <section aria-labelledby="share-dates">
        <h2 id="share-dates">Dates</h2>
        <RangePicker
          choices={choices}
          data={data}
          lastSharedAt={data.lastSharedAt}
          now={at}
          problem={problem}
          onChange={draft.update}
        />
      </section>
      {'problem' in built ? null : (
        <>
          <section aria-labelledby="share-include">
            <h2 id="share-include">What to include</h2>
            <SectionChoices
              choices={choices}
              candidates={built.candidates}
              data={data}
              onChange={draft.update}
            />
            <p class="muted share-status" role="status">
              {draft.saveState === 'saved' ? 'Your choices are kept on this phone.' : ''}
            </p>
            {draft.problem ? (
              <p class="problem" role="alert">
                {`Your choices could not be kept on this phone: ${draft.problem}`}
              </p>
            ) : null}
          </section>
          <section aria-labelledby="share-preview">
            <h2 id="share-preview">Preview</h2>
            <p class="muted">This is exactly what will be shared, in every format.</p>
            <article class="card summary-preview" aria-label="Summary preview">
              <h3 class="summary-doc__title">{built.doc.title}</h3>
              <p class="muted">{built.doc.rangeLabel}</p>
              <DocumentBlocks doc={built.doc} shift={1} />
              <p class="muted summary-doc__footer">{built.doc.footer}</p>
            </article>
          </section>
          <section aria-labelledby="share-export">
            <h2 id="share-export">Export</h2>
            <ExportActions
              summary={built.summary}
              doc={built.doc}
              now={now}
              onExported={recordShared}
              onPrintView={() => void openPrintView()}
            />
          </section>
        </>
      )}
      <section aria-labelledby="share-journal">
        <h2 id="share-journal">My journal</h2>
        <MyJournalExport data={data} today={toDay(at)} />
      </section>
    </>
  );
}

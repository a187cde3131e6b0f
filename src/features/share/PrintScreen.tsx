// The print view: the summary exactly as previewed, laid out by the browser (so every script
// prints exactly), with a print stylesheet that hides the app around it. Printing starts only
// when the client taps Print.
import './share.css';
import type { JSX } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { useServices } from '../../app/services';
import { toStorageProblem } from '../../db/errors';
import { useLiveQuery } from '../../db/useLiveQuery';
import { summaryTitle } from '../../export/summaryDocument';
import { Screen } from '../../ui/Screen';
import { DocumentBlocks } from './DocumentView';
import {
  buildFromChoices,
  choicesDraftId,
  initialChoices,
  type SummaryChoices,
} from './summaryChoices';
import { useSummaryData } from './useSummaryData';

/** /share/print: the summary ready for the browser's print dialog. */
export function PrintScreen(): JSX.Element {
  const { repos, now } = useServices();
  const data = useSummaryData();
  const kept = useLiveQuery(() => repos.drafts.get(choicesDraftId), [repos]);
  const at = now();
  const built = useMemo(() => {
    if (data.status !== 'ready' || kept.status !== 'ready') return undefined;
    const choices = {
      ...initialChoices(at, data.value),
      ...(kept.value?.data as Partial<SummaryChoices> | undefined),
    };
    return buildFromChoices(choices, data.value, data.value.lastSharedAt, at);
  }, [data, kept]);

  useEffect(() => {
    document.documentElement.classList.add('printing-summary');
    return () => document.documentElement.classList.remove('printing-summary');
  }, []);

  const error = data.status === 'error' ? data.error : kept.status === 'error' ? kept.error : null;

  async function print(): Promise<void> {
    window.print();
    if (built && !('problem' in built))
      await repos.settings.set('lastSummarySharedAt', now()).catch(() => undefined);
  }

  return (
    <Screen title={summaryTitle}>
      <div class="print-actions actions">
        <button type="button" class="button button--primary" onClick={() => void print()}>
          Print
        </button>
        <a class="button" href="/share">
          Back to Share
        </a>
      </div>
      {error ? (
        <p class="problem" role="alert">
          {toStorageProblem(error).message}
        </p>
      ) : null}
      {!built && !error ? <p class="muted">Gathering your records…</p> : null}
      {built && 'problem' in built ? (
        <p class="problem" role="alert">
          {built.problem}
        </p>
      ) : null}
      {built && !('problem' in built) ? (
        <article class="summary-print">
          <p class="summary-print__range">{built.doc.rangeLabel}</p>
          <DocumentBlocks doc={built.doc} shift={0} />
          <p class="muted summary-doc__footer">{built.doc.footer}</p>
        </article>
      ) : null}
    </Screen>
  );
}

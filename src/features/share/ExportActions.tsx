// The ways a summary leaves the phone, each started by an explicit tap: PDF (primary), text to
// the clipboard, a Markdown or CSV file, and the print view. Files go to the share sheet when
// the browser can share files, else they download. Nothing is sent anywhere by the app.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Summary } from '../../domain/summary/types';
import { hasCsvRows } from '../../export/csv';
import type { PrintableDocument } from '../../export/document';
import { documentToPlainText } from '../../export/markdown';
import { type SaveOutcome, saveFile } from '../../ui/saveFile';
import { csvFile, loadPdfRenderer, markdownFile, pdfFile } from './exportFiles';

type Job = 'pdf' | 'markdown' | 'csv' | 'copy';

/** How long the Share screen stays open before the PDF renderer loads ahead. */
const pdfPreloadDelayMs = 1500;

const done: Record<Job, string> = {
  pdf: 'The PDF is ready.',
  markdown: 'The Markdown file is ready.',
  csv: 'The spreadsheet (CSV) is ready.',
  copy: 'Copied. Paste it into a message or an email.',
};

const failed: Record<Job, string> = {
  pdf: 'The PDF could not be made.',
  markdown: 'The Markdown file could not be made.',
  csv: 'The spreadsheet could not be made.',
  copy: 'Copying did not work on this device. Save the Markdown file instead.',
};

/** Export buttons for a built summary. */
export function ExportActions({
  summary,
  doc,
  now,
  onExported,
  onPrintView,
}: {
  summary: Summary;
  doc: PrintableDocument;
  now: () => number;
  onExported: () => Promise<void>;
  onPrintView: () => void;
}): JSX.Element {
  const [busy, setBusy] = useState<Job>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string>();
  // While the preview is read, load the PDF renderer in idle time (see loadPdfRenderer); only
  // once the screen has stayed open a moment, or as soon as the person starts choosing what to
  // share, so passing through the screen never starts a megabyte load.
  useEffect(() => {
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => void loadPdfRenderer().catch(() => undefined);
    const start = () => {
      clearTimeout(timer);
      document.removeEventListener('change', start, true);
      if (idle !== undefined) return;
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(load, { timeout: 3000 });
      else load();
    };
    timer = setTimeout(start, pdfPreloadDelayMs);
    document.addEventListener('change', start, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('change', start, true);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);

  async function run(job: Job, work: () => Promise<SaveOutcome | 'copied'>): Promise<void> {
    if (busy) return;
    setBusy(job);
    setProblem(undefined);
    setStatus(job === 'pdf' ? 'Making the PDF…' : '');
    try {
      const outcome = await work();
      if (outcome === 'cancelled') {
        setStatus('Nothing was shared.');
        return;
      }
      setStatus(outcome === 'shared' ? 'Shared.' : done[job]);
      await onExported();
    } catch (error) {
      setStatus('');
      const detail = error instanceof Error && error.message ? ` ${error.message}` : '';
      setProblem(`${failed[job]}${job === 'copy' ? '' : detail}`);
    } finally {
      setBusy(undefined);
    }
  }

  const share = (file: File) => saveFile(file, { title: doc.title });
  const range = summary.range;

  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          disabled={busy !== undefined}
          onClick={() => run('pdf', async () => share(await pdfFile(doc, range, now())))}
        >
          {busy === 'pdf' ? 'Making the PDF…' : 'Export summary'}
        </button>
        <button
          type="button"
          class="button"
          disabled={busy !== undefined}
          onClick={() =>
            run('copy', async () => {
              await navigator.clipboard.writeText(documentToPlainText(doc));
              return 'copied';
            })
          }
        >
          Copy as text
        </button>
        <button
          type="button"
          class="button"
          disabled={busy !== undefined}
          onClick={() => run('markdown', () => share(markdownFile(doc, range)))}
        >
          Save as Markdown
        </button>
        <button
          type="button"
          class="button"
          disabled={busy !== undefined || !hasCsvRows(summary)}
          onClick={() => run('csv', () => share(csvFile(summary)))}
        >
          Save check-ins as CSV
        </button>
        <button type="button" class="button" onClick={onPrintView}>
          Print view
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

// The files the Share screen hands over, each named with its date range. The PDF renderer
// (pdf-lib and a font) is loaded only when a PDF is asked for, keeping it off the first load.
import { endPerf, startPerf } from '../../app/perf';
import type { SessionTiming } from '../../domain/phase';
import { journalFileName, summaryFileName } from '../../domain/summary/labels';
import type { Summary, SummaryRange } from '../../domain/summary/types';
import type { JournalEntry } from '../../domain/types';
import { summaryCsv } from '../../export/csv';
import type { PrintableDocument } from '../../export/document';
import { journalMarkdown } from '../../export/journalMarkdown';
import { documentToMarkdown } from '../../export/markdown';

let renderer: Promise<typeof import('../../export/pdf/renderPdf')> | undefined;

/**
 * Loads the PDF renderer (pdf-lib, fontkit: about a megabyte to compile) and its font, once.
 * The Share screen calls it when idle, so "Export summary" does not wait for them on a slow
 * phone; both come from the precache, so this works offline and sends nothing anywhere.
 */
export function loadPdfRenderer(): Promise<typeof import('../../export/pdf/renderPdf')> {
  renderer ??= import('../../export/pdf/renderPdf').then(async (module) => {
    await module.prepareFont().catch(() => undefined);
    return module;
  });
  // A failed load (an update replaced the chunk) is tried again on the next export.
  renderer.catch(() => {
    renderer = undefined;
  });
  return renderer;
}

/** The summary as a PDF file. */
export async function pdfFile(
  doc: PrintableDocument,
  range: SummaryRange,
  now: number,
): Promise<File> {
  startPerf('pdf'); // bench: "Export summary" → the PDF's bytes (renderer chunk loaded on demand)
  const { renderPdf } = await loadPdfRenderer();
  const bytes = await renderPdf(doc, { now });
  endPerf('pdf');
  return new File([bytes as Uint8Array<ArrayBuffer>], summaryFileName(range, 'pdf'), {
    type: 'application/pdf',
  });
}

/** The summary as a Markdown file. */
export function markdownFile(doc: PrintableDocument, range: SummaryRange): File {
  return new File([documentToMarkdown(doc)], summaryFileName(range, 'md'), {
    type: 'text/markdown',
  });
}

/** The summary's check-ins and questionnaire totals as a CSV file. */
export function csvFile(summary: Summary): File {
  return new File([summaryCsv(summary, { bom: true })], summaryFileName(summary.range, 'csv'), {
    type: 'text/csv',
  });
}

/** The client's own journal (every entry, or a range) as one Markdown file. */
export function journalFile(
  entries: readonly JournalEntry[],
  sessions: readonly SessionTiming[],
  range: SummaryRange | undefined,
): File {
  return new File([journalMarkdown(entries, sessions, range)], journalFileName(range), {
    type: 'text/markdown',
  });
}

// @vitest-environment node
// The whole pipeline on a month of regular use: records → buildSummary → summaryDocument →
// renderPdf. A typical month fits on one to three pages, with the shared words in it and the
// private ones not.
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../../src/domain/summary/buildSummary';
import { defaultOptions } from '../../../../src/domain/summary/options';
import type { SummaryData } from '../../../../src/domain/summary/types';
import { renderPdf } from '../../../../src/export/pdf/renderPdf';
import { summaryDocument } from '../../../../src/export/summaryDocument';
import {
  monthData,
  november,
  novemberNow,
  privateEntry,
} from '../../domain/summary/summaryFixture';
import { makeCheckIn, makeEntry } from '../../factories';
import { extractPages, fontBytes } from './pdfTestSupport';

const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const days = Array.from({ length: 27 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
const feelings = ['calm', 'anxious', 'hopeful', 'tired', 'sad', 'grateful'];

/** The fixture's sessions, questionnaires and commitments, plus a month of daily habits. */
function regularMonth(): SummaryData {
  // Two check-ins a day.
  const checkins = days.flatMap((day, i) =>
    [8, 20].map((hour, k) =>
      makeCheckIn({
        id: `month-c-${i}-${k}`,
        day,
        at: at(day, hour),
        mood: 3 + ((i * 3 + k) % 6),
        emotions: [feelings[(i + k) % feelings.length] ?? 'calm'],
      }),
    ),
  );
  // Six entries the client chose to share, of about 500 characters each.
  const shared = [3, 7, 10, 17, 21, 25].map((n, i) =>
    makeEntry({
      id: `month-e-${i}`,
      day: days[n - 1],
      title: `Week ${Math.floor(n / 7) + 1}, a note to share`,
      body: `SHARED-${i} ${'I noticed the afternoon light and stayed with it for a while. '.repeat(8)}`,
      share: true,
      discuss: i === 0,
    }),
  );
  return {
    ...monthData,
    checkins: [...monthData.checkins, ...checkins],
    entries: [...monthData.entries, ...shared],
  };
}

describe('a typical month as a PDF', () => {
  it('fits on one to three pages and holds only what was shared', async () => {
    const summary = buildSummary(regularMonth(), defaultOptions(november), novemberNow);
    const bytes = await renderPdf(summaryDocument(summary), { fontBytes, now: novemberNow });
    const pages = await extractPages(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    const text = pages.map((page) => page.text).join('\n');
    for (let i = 0; i < 6; i++) expect(text).toContain(`SHARED-${i}`);
    expect(text).not.toContain('SECRET-BODY');
    expect(text).not.toContain(privateEntry.title);
  });
});

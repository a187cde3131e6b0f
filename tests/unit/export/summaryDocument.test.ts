import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/domain/summary/buildSummary';
import { defaultOptions } from '../../../src/domain/summary/options';
import { type SummaryOptions, summarySections } from '../../../src/domain/summary/types';
import { summaryDocument } from '../../../src/export/summaryDocument';
import { monthData, november, novemberNow } from '../domain/summary/summaryFixture';

const build = (patch: Partial<SummaryOptions> = {}) =>
  buildSummary(monthData, { ...defaultOptions(november), ...patch }, novemberNow);

const headings = (options: Partial<SummaryOptions> = {}) =>
  summaryDocument(build(options))
    .blocks.filter((b) => b.kind === 'heading' && b.level === 2)
    .map((b) => (b.kind === 'heading' ? b.text : ''));

describe('summaryDocument', () => {
  it('puts the topics to discuss first, then every section', () => {
    const doc = summaryDocument(build());
    expect(doc.title).toBe('Summary for my therapist');
    expect(doc.rangeLabel).toBe('1 Nov 2026 – 27 Nov 2026');
    expect(doc.footer).toBe('Prepared by the client with Waypoint');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Topics to discuss' });
    expect(doc.blocks[1]).toEqual({
      kind: 'list',
      items: ['My father and the lake', 'Long one'],
    });
    expect(headings()).toEqual([
      'Topics to discuss',
      'Sessions',
      'Mood',
      'Questionnaires',
      'Emotions named most often',
      'Commitments and how they went',
      'Journal entries',
    ]);
  });

  it('draws the mood chart with a marker for each session', () => {
    const chart = summaryDocument(build()).blocks.find((b) => b.kind === 'chart');
    expect(chart).toEqual({
      kind: 'chart',
      label: 'Mood by day (1 to 10, 10 is best)',
      min: 1,
      max: 10,
      points: [
        { day: '2026-11-01', value: 4 },
        { day: '2026-11-02', value: 6 },
        { day: '2026-11-03', value: 8 },
        { day: '2026-11-20', value: 6 },
      ],
      markers: [
        { day: '2026-11-02', label: 'Session 1' },
        { day: '2026-11-16', label: 'Session 2' },
      ],
    });
  });

  it('has no trace of a section switched off', () => {
    for (const section of summarySections) {
      const sections = { ...defaultOptions(november).sections, [section]: false };
      const doc = JSON.stringify(summaryDocument(build({ sections })));
      const marker = {
        topics: 'Topics to discuss',
        sessions: 'Meet the fear with curiosity',
        mood: 'Mood by day',
        questionnaires: 'PHQ-9',
        emotions: 'Emotions named most often',
        commitments: 'Call my sister',
        entries: 'Lighter than I expected.',
      }[section];
      expect(doc, section).not.toContain(marker);
    }
  });

  it('says so when nothing is chosen', () => {
    const sections = Object.fromEntries(
      summarySections.map((s) => [s, false]),
    ) as SummaryOptions['sections'];
    expect(summaryDocument(build({ sections })).blocks).toEqual([
      { kind: 'paragraph', text: 'Nothing is chosen to share for these dates.', style: 'muted' },
    ]);
  });
});

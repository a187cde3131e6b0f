// A typical month's summary as a printable document, shaped like src/export/summaryDocument.ts
// lays one out: topics, two sessions, mood chart and table, questionnaires, emotions,
// commitments and a few journal excerpts.
import type { DocumentBlock, PrintableDocument } from '../../../../src/export/document';
import { documentWith } from './pdfTestSupport';

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const excerpt =
  'After the session I walked for a long time and noticed how the trees looked sharper than usual. ' +
  'I kept thinking about what my therapist said about the younger part of me that still waits by the ' +
  'door. I felt sad but also calm, which is new. I want to talk about the phone call with my sister.';

/** About what a month of regular use produces. */
export function typicalMonth(): PrintableDocument {
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 2, text: 'Topics to discuss' },
    {
      kind: 'list',
      items: [
        'The phone call with my sister',
        'Sleep after sessions',
        'Whether to change the time of day',
      ],
    },
    { kind: 'heading', level: 2, text: 'Sessions' },
  ];
  for (const [number, date] of [
    [3, 5],
    [4, 19],
  ] as const) {
    blocks.push(
      { kind: 'heading', level: 3, text: `Session ${number} · ${date} Nov 2026` },
      {
        kind: 'list',
        items: [
          'Route: Intramuscular',
          'Dose: 50 mg',
          'Vitals before: BP 128/82, pulse 74',
          'Vitals after: BP 134/86, pulse 80',
          'Side effects: Nausea (mild), Dizziness (moderate)',
        ],
      },
      { kind: 'paragraph', text: 'Intentions' },
      { kind: 'list', items: ['Be kind to the scared part', 'Notice the body'] },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Mood' },
    { kind: 'paragraph', text: 'Average mood 5.8 out of 10 (10 is best), from 24 check-ins.' },
    {
      kind: 'chart',
      label: 'Mood by day (1 to 10, 10 is best)',
      min: 1,
      max: 10,
      points: Array.from({ length: 24 }, (_, i) => ({ day: day(i + 2), value: 3 + ((i * 7) % 6) })),
      markers: [
        { day: day(5), label: 'Session 3' },
        { day: day(19), label: 'Session 4' },
      ],
    },
    { kind: 'heading', level: 3, text: 'Around each session' },
    {
      kind: 'table',
      columns: ['Session', 'Just before', 'Just after', '7 days before', '7 days after'],
      rows: [
        [
          'Session 3 · 5 Nov 2026',
          '4.0 (1 check-in)',
          '6.0 (1 check-in)',
          '4.6 (5 check-ins)',
          '6.2 (6 check-ins)',
        ],
        [
          'Session 4 · 19 Nov 2026',
          '5.0 (1 check-in)',
          '7.0 (1 check-in)',
          '5.4 (6 check-ins)',
          '6.8 (5 check-ins)',
        ],
      ],
    },
    { kind: 'heading', level: 3, text: 'Notes on check-ins' },
    {
      kind: 'list',
      items: [
        '3 Nov 2026: Slept badly, anxious about work.',
        '8 Nov 2026: Good walk with the dog.',
        '12 Nov 2026: Argument with my sister on the phone.',
        '21 Nov 2026: Felt lighter than in weeks.',
      ],
    },
    { kind: 'heading', level: 2, text: 'Questionnaires' },
    {
      kind: 'table',
      columns: ['Questionnaire', 'Date', 'Total', 'Band', 'Change since baseline'],
      rows: [
        ['PHQ-9', '2 Nov 2026', '14 of 27', 'Moderate', 'baseline'],
        ['PHQ-9', '23 Nov 2026', '9 of 27', 'Mild', '−5'],
        ['GAD-7', '2 Nov 2026', '11 of 21', 'Moderate', 'baseline'],
        ['GAD-7', '23 Nov 2026', '7 of 21', 'Mild', '−4'],
      ],
    },
    { kind: 'heading', level: 2, text: 'Emotions named most often' },
    { kind: 'list', items: ['Anxious: 9 check-ins', 'Calm: 7 check-ins', 'Sad: 5 check-ins'] },
    { kind: 'heading', level: 2, text: 'Commitments and how they went' },
    {
      kind: 'list',
      items: [
        'Call my sister (from 5 Nov 2026): Done (12 Nov 2026): it was hard but we talked',
        'Walk every morning (from 19 Nov 2026): Partly (24 Nov 2026)',
      ],
    },
    { kind: 'heading', level: 2, text: 'Journal entries' },
  );
  for (const date of [6, 13, 20]) {
    blocks.push(
      { kind: 'heading', level: 3, text: `Entry of ${date} Nov 2026` },
      { kind: 'paragraph', text: `${date} Nov 2026 · excerpt`, style: 'muted' },
      { kind: 'paragraph', text: excerpt, style: 'quote' },
    );
  }
  return documentWith(blocks);
}

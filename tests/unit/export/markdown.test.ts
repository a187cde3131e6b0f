import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/domain/summary/buildSummary';
import { defaultOptions, itemKey } from '../../../src/domain/summary/options';
import { type SummaryOptions, summarySections } from '../../../src/domain/summary/types';
import { escapeMarkdown, summaryMarkdown, summaryPlainText } from '../../../src/export/markdown';
import { monthData, november, novemberNow } from '../domain/summary/summaryFixture';
import { makeEntry } from '../factories';

const build = (patch: Partial<SummaryOptions> = {}, data = monthData) =>
  buildSummary(data, { ...defaultOptions(november), ...patch }, novemberNow);

describe('summary Markdown', () => {
  it('matches the snapshot', () => {
    const markdown = summaryMarkdown(
      build({
        details: { dose: true, vitals: true, checkInNotes: false },
        excerpts: { 'e-long': [0, 3] },
      }),
    );
    expect(markdown).toMatchInlineSnapshot(`
      "# Summary for my therapist

      *1 Nov 2026 – 27 Nov 2026*

      ## Topics to discuss

      - My father and the lake
      - Long one

      ## Sessions

      ### Session 1 · 2 Nov 2026

      - Route: Intramuscular (IM)
      - Dose: 50 mg
      - Vitals before: 120/80 mmHg, pulse 70
      - Vitals after: 135/88 mmHg, pulse 84
      - Side effects: Nausea (mild)

      Intentions

      - Meet the fear with curiosity

      ### Session 2 · 16 Nov 2026

      - Route: Sublingual / oral
      - Dose: 300 mg
      - Side effects: none recorded

      Intentions

      - Rest

      ## Mood

      Average mood 6 out of 10 (10 is best), from 5 check-ins.

      Mood by day (1 to 10, 10 is best)

      | Day | Mood | Session |
      | --- | --- | --- |
      | 1 Nov 2026 | 4 |  |
      | 2 Nov 2026 | 6 | Session 1 |
      | 3 Nov 2026 | 8 |  |
      | 16 Nov 2026 | – | Session 2 |
      | 20 Nov 2026 | 6 |  |

      ### Around each session

      | Session | Just before | Just after | 3 days before | 3 days after |
      | --- | --- | --- | --- | --- |
      | Session 1 · 2 Nov 2026 | 5 (1 check-in) | 7 (1 check-in) | 4 (1 check-in) | 8 (1 check-in) |
      | Session 2 · 16 Nov 2026 | – | – | – | – |

      ## Questionnaires

      | Questionnaire | Date | Total | Band | Change since baseline |
      | --- | --- | --- | --- | --- |
      | PHQ-9 | 20 Oct 2026 | 16 of 27 | moderately severe | baseline |
      | PHQ-9 | 9 Nov 2026 | 11 of 27 | moderate | −5 |
      | PHQ-9 | 23 Nov 2026 | 8 of 27 | mild | −8 |
      | GAD-7 | 9 Nov 2026 | 9 of 21 | mild | baseline |

      ## Emotions named most often

      - anxious: 2 check-ins
      - calm: 2 check-ins
      - hopeful: 2 check-ins
      - tired: 1 check-in

      ## Commitments and how they went

      - Call my sister on Sundays (from 3 Nov 2026): partly kept (10 Nov 2026): Once, it was good
      - Walk before work (from 7 Nov 2026): no follow-up yet

      ## Journal entries

      ### The morning after

      *3 Nov 2026*

      > Lighter than I expected.

      > I cried at the bus stop, and it felt clean.

      ### Long one

      *6 Nov 2026 · excerpt*

      > First sentence here.

      *[…]*

      > And it ends.

      ---

      *Prepared by the client with Waypoint*
      "
    `);
  });

  it('never holds an unflagged entry, and drops excluded items and sections', () => {
    const markdown = summaryMarkdown(
      build({
        excluded: [itemKey('entry', 'e-shared')],
        sections: { ...defaultOptions(november).sections, questionnaires: false },
      }),
    );
    expect(markdown).not.toContain('SECRET-BODY');
    expect(markdown).not.toContain('HIDDEN-DISCUSS-BODY');
    expect(markdown).not.toContain('Lighter than I expected');
    expect(markdown).not.toContain('PHQ-9');
    expect(markdown).toContain('- My father and the lake');
  });

  it('leaves out each section switched off', () => {
    for (const section of summarySections) {
      const sections = { ...defaultOptions(november).sections, [section]: false };
      const md = summaryMarkdown(build({ sections }));
      const heading = {
        topics: '## Topics to discuss',
        sessions: '## Sessions',
        mood: '## Mood',
        questionnaires: '## Questionnaires',
        emotions: '## Emotions named most often',
        commitments: '## Commitments and how they went',
        entries: '## Journal entries',
      }[section];
      expect(md, section).not.toContain(heading);
    }
  });

  it('keeps text in every script exactly', () => {
    const text = 'שלום עולם مرحبا بالعالم 今日は晴れ 🌊🧘🏽‍♀️';
    const entry = makeEntry({
      id: 'multi',
      day: '2026-11-08',
      title: 'Scripts',
      body: text,
      share: true,
    });
    const summary = build({}, { ...monthData, entries: [entry] });
    expect(summaryMarkdown(summary)).toContain(`> ${text}\n`);
    expect(summaryPlainText(summary)).toContain(`> ${text}\n`);
  });

  it('escapes only what would change the structure', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not numbered')).toBe(
      '\\# not a heading\n\\- not a list\n\\1. not numbered',
    );
    expect(escapeMarkdown('C:\\path and a \\* star')).toBe('C:\\path and a \\\\* star');
    expect(escapeMarkdown('Plain words, kept: *as* typed!')).toBe('Plain words, kept: *as* typed!');
  });

  it('writes plain text without Markdown syntax', () => {
    const text = summaryPlainText(build());
    expect(
      text.startsWith(
        'Summary for my therapist\n\n1 Nov 2026 – 27 Nov 2026\n\nTOPICS TO DISCUSS\n\n• My father and the lake\n• Long one',
      ),
    ).toBe(true);
    expect(text).not.toContain('##');
    expect(text).not.toContain('| --- |');
  });
});

import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../../src/domain/summary/buildSummary';
import { defaultOptions, itemKey } from '../../../../src/domain/summary/options';
import type { SummaryOptions } from '../../../../src/domain/summary/types';
import { makeEntry } from '../../factories';
import { monthData, november, novemberNow } from './summaryFixture';

const build = (patch: Partial<SummaryOptions> = {}, data = monthData) =>
  buildSummary(data, { ...defaultOptions(november), ...patch }, novemberNow);

describe('buildSummary selection rules', () => {
  it('shares only entries flagged "share", in the range', () => {
    const summary = build();
    expect(summary.entries?.map((e) => e.id)).toEqual(['e-shared', 'e-long']);
    const text = JSON.stringify(summary);
    expect(text).not.toContain('SECRET-BODY');
    expect(text).not.toContain('Private pages');
    expect(text).not.toContain('OLD-BODY');
  });

  it('never takes an excerpt from an unflagged entry', () => {
    const summary = build({ excerpts: { 'e-private': [0], 'e-discuss': [0, 1] } });
    const text = JSON.stringify(summary);
    expect(text).not.toContain('SECRET-BODY');
    expect(text).not.toContain('HIDDEN-DISCUSS-BODY');
    expect(summary.entries?.map((e) => e.id)).toEqual(['e-shared', 'e-long']);
  });

  it('lists the topic line of "discuss" entries, never their body unless shared', () => {
    const summary = build();
    expect(summary.topics).toEqual([
      { entryId: 'e-discuss', day: '2026-11-05', text: 'My father and the lake' },
      { entryId: 'e-long', day: '2026-11-06', text: 'Long one' },
    ]);
    expect(JSON.stringify(summary)).not.toContain('HIDDEN-DISCUSS-BODY');
  });

  it('leaves out any item the client excluded', () => {
    const summary = build({
      excluded: [
        itemKey('entry', 'e-shared'),
        itemKey('topic', 'e-discuss'),
        itemKey('session', 's1'),
        itemKey('checkin', 'c5'),
        itemKey('assessment', 'a1'),
        itemKey('commitment', 'k2'),
      ],
    });
    expect(summary.entries?.map((e) => e.id)).toEqual(['e-long']);
    expect(summary.topics?.map((t) => t.entryId)).toEqual(['e-long']);
    expect(summary.sessions?.map((s) => s.id)).toEqual(['s2']);
    expect(summary.mood?.markers).toEqual([{ day: '2026-11-16', number: 2 }]);
    expect(summary.mood?.checkins.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(summary.questionnaires?.[0]?.results.map((r) => r.id)).toEqual(['a0', 'a2']);
    expect(summary.commitments?.map((c) => c.id)).toEqual(['k1']);
    // The check-in left out is gone from the emotions too: c5 named "tired".
    expect(summary.emotions?.map((e) => e.emotion)).not.toContain('tired');
  });

  it('leaves a switched-off section undefined', () => {
    const summary = build({
      sections: {
        topics: false,
        sessions: false,
        mood: false,
        questionnaires: false,
        emotions: false,
        commitments: false,
        entries: false,
      },
    });
    expect(
      Object.entries(summary)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k),
    ).toEqual(['range', 'createdAt']);
  });

  it('shares dose, vitals and check-in notes only when chosen', () => {
    const off = build();
    expect(off.sessions?.[0]).not.toHaveProperty('doseMg');
    expect(off.sessions?.[0]).not.toHaveProperty('vitalsBefore');
    expect(JSON.stringify(off)).not.toContain('NOTE-ONE');
    const on = build({ details: { dose: true, vitals: true, checkInNotes: true } });
    expect(on.sessions?.[0]).toMatchObject({
      doseMg: 50,
      vitalsBefore: { systolic: 120, diastolic: 80, heartRate: 70 },
      vitalsAfter: { systolic: 135 },
    });
    expect(on.mood?.checkins[0]?.note).toBe('NOTE-ONE');
  });

  it('gives sessions their numbers, route, intentions and side effects', () => {
    expect(build().sessions).toEqual([
      {
        id: 's1',
        number: 1,
        day: '2026-11-02',
        route: 'intramuscular',
        intentions: ['Meet the fear with curiosity'],
        sideEffects: [{ kind: 'nausea', severity: 'mild' }],
      },
      {
        id: 's2',
        number: 2,
        day: '2026-11-16',
        route: 'sublingual-oral',
        intentions: ['Rest'],
        sideEffects: [],
      },
    ]);
  });

  it('works out mood figures from the kept check-ins', () => {
    const mood = build().mood;
    expect(mood?.average).toEqual({ average: 6, count: 5 });
    expect(mood?.points.map((p) => [p.day, p.average])).toEqual([
      ['2026-11-01', 4],
      ['2026-11-02', 6],
      ['2026-11-03', 8],
      ['2026-11-20', 6],
    ]);
    const first = mood?.comparisons[0];
    expect(first?.before).toEqual({ average: 5, count: 1 });
    expect(first?.after).toEqual({ average: 7, count: 1 });
    expect(build().emotions?.slice(0, 2)).toEqual([
      { emotion: 'anxious', count: 2 },
      { emotion: 'calm', count: 2 },
    ]);
  });

  it('shows questionnaire totals with the baseline and the change since it', () => {
    const [phq9, gad7] = build().questionnaires ?? [];
    expect(phq9?.results).toEqual([
      { id: 'a0', day: '2026-10-20', total: 16, band: 'moderately severe', isBaseline: true },
      { id: 'a1', day: '2026-11-09', total: 11, band: 'moderate', isBaseline: false, change: -5 },
      { id: 'a2', day: '2026-11-23', total: 8, band: 'mild', isBaseline: false, change: -8 },
    ]);
    expect(gad7?.results).toEqual([
      { id: 'g1', day: '2026-11-09', total: 9, band: 'mild', isBaseline: true },
    ]);
  });

  it('lists commitments made or followed up in the range, with how they went', () => {
    const list = build().commitments;
    expect(list?.map((c) => c.text)).toEqual(['Call my sister on Sundays', 'Walk before work']);
    expect(list?.[0]?.followUps[0]).toMatchObject({ outcome: 'partly', day: '2026-11-10' });
  });

  it('shares an excerpt as runs of the chosen passages', () => {
    const summary = build({ excerpts: { 'e-long': [1, 2, 3] } });
    expect(summary.entries?.find((e) => e.id === 'e-long')).toEqual({
      id: 'e-long',
      day: '2026-11-06',
      title: 'Long one',
      passages: ['Second sentence follows.\nA new paragraph starts. And it ends.'],
      excerpt: true,
    });
    const gap = build({ excerpts: { 'e-long': [0, 3] } }).entries?.find((e) => e.id === 'e-long');
    expect(gap?.passages).toEqual(['First sentence here.', 'And it ends.']);
  });

  it('leaves out a shared entry whose excerpt has no passage chosen', () => {
    const summary = build({ excerpts: { 'e-long': [] } });
    expect(summary.entries?.map((e) => e.id)).toEqual(['e-shared']);
  });

  it('ignores flags that are not exactly true', () => {
    const odd = makeEntry({
      id: 'odd',
      day: '2026-11-08',
      body: 'ODD',
      share: 'yes' as unknown as boolean,
    });
    const summary = build({}, { ...monthData, entries: [odd] });
    expect(summary.entries).toEqual([]);
  });
});

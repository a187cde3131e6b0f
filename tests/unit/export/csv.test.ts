import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toTimeOfDay } from '../../../src/domain/dates';
import { buildSummary } from '../../../src/domain/summary/buildSummary';
import { defaultOptions } from '../../../src/domain/summary/options';
import type { SummaryOptions } from '../../../src/domain/summary/types';
import { csvColumns, csvField, summaryCsv, toCsv } from '../../../src/export/csv';
import { monthData, november, novemberNow } from '../domain/summary/summaryFixture';
import { makeCheckIn } from '../factories';

const parse = (text: string) =>
  Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;

const build = (patch: Partial<SummaryOptions> = {}, data = monthData) =>
  buildSummary(data, { ...defaultOptions(november), ...patch }, novemberNow);

/** What a cell should read as once parsed back: the original, `'`-prefixed when risky. */
const expected = (cell: string) => (/^ *[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe('CSV', () => {
  const tricky = [
    '=SUM(A1:A2)',
    '+1',
    '-1',
    '@cmd',
    '\tindented',
    '\rreturn',
    '  =spaced',
    'plain',
    'with, comma',
    'with "quotes"',
    'two\nlines',
    'crlf\r\nlines',
    'שלום עולם',
    'مرحبا بالعالم',
    '今日は晴れ',
    '🌊🧘🏽‍♀️',
    '',
    'a=b',
  ];

  it('reads back through a real CSV parser exactly, with risky cells prefixed', () => {
    const rows = [tricky, [...tricky].reverse()];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual(rows.map((row) => row.map(expected)));
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['1.5', '1.5'],
  ])('writes %j as %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('holds the check-ins and questionnaire totals of the summary', () => {
    const text = summaryCsv(build({ details: { dose: false, vitals: false, checkInNotes: true } }));
    const [header, ...rows] = parse(text);
    expect(header).toEqual([...csvColumns]);
    const checkIns = rows.filter((r) => r[0] === 'check-in');
    expect(checkIns).toHaveLength(5);
    const c2 = monthData.checkins[1];
    expect(checkIns[1]).toEqual([
      'check-in',
      '2026-11-02',
      toTimeOfDay(c2?.at ?? 0),
      '1',
      'before-session',
      '5',
      '3',
      '5',
      '7.5',
      '',
      'anxious; hopeful',
      'Slept well',
      '',
      '',
      '',
      '',
    ]);
    expect(checkIns[0]?.[11]).toBe('NOTE-ONE');
    expect(rows.filter((r) => r[0] === 'questionnaire').map((r) => r.slice(12))).toEqual([
      ['PHQ-9', '16', 'moderately severe', 'yes'],
      ['PHQ-9', '11', 'moderate', 'no'],
      ['PHQ-9', '8', 'mild', 'no'],
      ['GAD-7', '9', 'mild', 'yes'],
    ]);
  });

  it('round-trips user text in check-ins: emoji, right-to-left, quotes, newlines, formulas', () => {
    const emotions = ['=HYPERLINK("x")', 'שמחה', 'سعيد', '嬉しい', '😊', 'say "so", then\nmore'];
    const note = '-2 days of "fog",\r\nthen clear 🌤️';
    const checkIn = makeCheckIn({ id: 'u', day: '2026-11-11', emotions, note, mood: 7 });
    const summary = build(
      { details: { dose: false, vitals: false, checkInNotes: true } },
      { ...monthData, checkins: [checkIn] },
    );
    const [, row] = parse(summaryCsv(summary));
    expect(row?.[10]).toBe(expected(emotions.join('; ')));
    expect(row?.[11]).toBe(`'${note}`);
  });

  it('writes nothing of a section left out, and no notes unless chosen', () => {
    const noMood = parse(
      summaryCsv(build({ sections: { ...defaultOptions(november).sections, mood: false } })),
    );
    expect(noMood.some((r) => r[0] === 'check-in')).toBe(false);
    const noTotals = parse(
      summaryCsv(
        build({ sections: { ...defaultOptions(november).sections, questionnaires: false } }),
      ),
    );
    expect(noTotals.some((r) => r[0] === 'questionnaire')).toBe(false);
    expect(summaryCsv(build())).not.toContain('NOTE-ONE');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(summaryCsv(build(), { bom: true }).startsWith('\uFEFFtype,')).toBe(true);
    expect(summaryCsv(build()).startsWith('type,')).toBe(true);
  });
});

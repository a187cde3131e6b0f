// Daylio CSV import. Moments are read in the device's time zone, so expectations are built with
// local Date constructors and local getters: the tests hold in whatever TZ they run under.
import { describe, expect, it } from 'vitest';
import { afterflowFormat } from '../../../src/import/afterflow';
import {
  type DaylioImport,
  type DaylioPreview,
  DEFAULT_DAYLIO_MOODS,
  daylioFormat,
  daylioRecords,
  defaultDaylioMapping,
  unmappedDaylioMoods,
  validateDaylio,
} from '../../../src/import/daylio';
import { MAX_IMPORT_TEXT_CHARS } from '../../../src/import/limits';
import type { ExistingRecords, ImportFormat, RecordKind } from '../../../src/import/pipeline';
import { readImport } from '../../../src/import/pipeline';
import { sourceFromText } from '../../../src/import/source';
import daylioText from '../../fixtures/imports/daylio-export.csv?raw';

const NOW = new Date(2026, 10, 10, 9, 0).getTime();
const newHeader = 'full_date,date,weekday,time,mood,activities,note_title,note';
const oldHeader = 'year,date,weekday,time,mood,activities,note';

const noneStored: ExistingRecords = { present: async () => new Set() };
/** Existing records: the given ids of each kind are stored. */
const stored = (ids: Partial<Record<RecordKind, readonly string[]>>): ExistingRecords => ({
  present: async (kind, asked) => new Set(asked.filter((id) => ids[kind]?.includes(id))),
});

const formats = [daylioFormat, afterflowFormat] as unknown as readonly ImportFormat<
  unknown,
  unknown
>[];

async function importText(text: string, name = 'daylio_export.csv', existing = noneStored) {
  return readImport(sourceFromText(name, text), formats, existing);
}

/** The Daylio preview of a text that must import. */
async function preview(text: string, existing = noneStored): Promise<DaylioPreview> {
  const result = await importText(text, 'daylio_export.csv', existing);
  if (!result.ok) throw new Error(`Expected a preview: ${result.problem} ${result.more.join(' ')}`);
  expect(result.format).toBe(daylioFormat);
  return result.preview as DaylioPreview;
}

const at = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).getTime();

const csv = (header: string, ...rows: string[]) => `${[header, ...rows].join('\n')}\n`;

describe('the Daylio fixture, end to end', () => {
  it('previews five check-ins, four entries, every default mood and the date range', async () => {
    const p = await preview(daylioText);
    expect(p.kind).toBe('daylio');
    expect(p.data.headerVariant).toBe('full_date');
    expect(p.checkins).toEqual({ total: 5, new: 5, present: 0 });
    // The 08:40 row has neither title nor note: no entry.
    expect(p.entries).toEqual({ total: 4, new: 4, present: 0 });
    expect(p.firstDay).toBe('2026-03-11');
    expect(p.lastDay).toBe('2026-03-14');
    expect(p.skipped).toEqual([]);
    expect(p.moods).toEqual([
      { label: 'rad', count: 1, suggested: 9 },
      { label: 'good', count: 1, suggested: 7 },
      { label: 'meh', count: 1, suggested: 5 },
      { label: 'bad', count: 1, suggested: 3 },
      { label: 'awful', count: 1, suggested: 1 },
    ]);
  });

  it('builds check-ins with mapped moods, activities as tags, at the local moment', async () => {
    const p = await preview(daylioText);
    const { checkins } = daylioRecords(p.data, defaultDaylioMapping(p.data), NOW);
    expect(checkins).toHaveLength(5);
    const evening = checkins.find((c) => c.at === at(2026, 3, 14, 21, 5));
    expect(evening).toMatchObject({
      day: '2026-03-14',
      mood: 7,
      tags: ['walk', 'friends', 'music'],
      emotions: [],
      sessionLink: 'auto',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(evening?.sessionId).toBeUndefined();
    expect(evening?.id).toMatch(/^daylio-checkin-[0-9a-f]{16}$/);
    const local = new Date(evening?.at ?? 0);
    expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([2026, 2, 14]);
    expect([local.getHours(), local.getMinutes()]).toEqual([21, 5]);

    expect(checkins.map((c) => [c.day, c.mood])).toEqual([
      ['2026-03-14', 7],
      ['2026-03-14', 5],
      ['2026-03-13', 9],
      ['2026-03-12', 3],
      ['2026-03-11', 1],
    ]);
    // No activities: no tags at all rather than an empty list.
    expect(checkins[4]?.tags).toBeUndefined();
    expect(checkins[1]?.tags).toEqual(['sleep early']);
  });

  it('turns notes and titles into journal entries of the same moment', async () => {
    const p = await preview(daylioText);
    const { entries } = daylioRecords(p.data, defaultDaylioMapping(p.data), NOW);
    expect(entries.map((e) => [e.day, e.title, e.body])).toEqual([
      [
        '2026-03-14',
        'Quiet evening',
        'Felt lighter after the walk. Talked with Sam about the session.',
      ],
      ['2026-03-13', 'After session 3', 'Hard to put into words. "Spacious" is the closest.'],
      ['2026-03-12', undefined, "Couldn't sleep, racing thoughts."],
      ['2026-03-11', undefined, 'Dreaded the day.'],
    ]);
    expect(entries[0]).toMatchObject({
      createdAt: at(2026, 3, 14, 21, 5),
      updatedAt: NOW,
      sessionLink: 'auto',
      tags: ['walk', 'friends', 'music'],
      share: false,
      discuss: false,
    });
    expect(entries[0]?.id).toMatch(/^daylio-entry-[0-9a-f]{16}$/);
    expect(entries[3]?.tags).toEqual([]);
  });

  it('is idempotent: the same file gives the same ids, and stored ones count as present', async () => {
    const first = await preview(daylioText);
    const second = await preview(daylioText);
    const a = daylioRecords(first.data, defaultDaylioMapping(first.data), NOW);
    const b = daylioRecords(second.data, defaultDaylioMapping(second.data), NOW + 60_000);
    expect(b.checkins.map((c) => c.id)).toEqual(a.checkins.map((c) => c.id));
    expect(b.entries.map((e) => e.id)).toEqual(a.entries.map((e) => e.id));
    expect(new Set(a.checkins.map((c) => c.id)).size).toBe(5);

    const again = await preview(
      daylioText,
      stored({ checkins: a.checkins.map((c) => c.id), entries: [a.entries[0]?.id ?? ''] }),
    );
    expect(again.checkins).toEqual({ total: 5, new: 0, present: 5 });
    expect(again.entries).toEqual({ total: 4, new: 3, present: 1 });
  });
});

describe('Daylio header variants, dates and times', () => {
  it('reads the older year + "March 14" header with 12-hour times', async () => {
    const text = csv(
      oldHeader,
      '2019,March 14,Thursday,9:05 pm,good,walk | friends,"Warm night"',
      '2019,March 15,Friday,12:30 am,meh,,""',
      '2019,December 1,Sunday,12:15 PM,rad,,""',
    );
    const p = await preview(text);
    expect(p.data.headerVariant).toBe('year');
    const { checkins, entries } = daylioRecords(p.data, DEFAULT_DAYLIO_MOODS, NOW);
    expect(checkins.map((c) => [c.day, c.at])).toEqual([
      ['2019-03-14', at(2019, 3, 14, 21, 5)],
      ['2019-03-15', at(2019, 3, 15, 0, 30)],
      ['2019-12-01', at(2019, 12, 1, 12, 15)],
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ body: 'Warm night', tags: ['walk', 'friends'] });
    expect(entries[0]?.title).toBeUndefined();
  });

  it('gives the same check-in the same id from the old and the new header', async () => {
    const old = await preview(csv(oldHeader, '2026,March 14,Saturday,9:05 pm,good,walk,""'));
    const current = await preview(
      csv(newHeader, '2026-03-14,March 14,Saturday,21:05,good,walk,"",""'),
    );
    expect(old.data.rows[0]?.checkinId).toBe(current.data.rows[0]?.checkinId);
  });

  it('accepts 12-hour times in any case, with the narrow space iPhones write', async () => {
    const p = await preview(
      csv(
        newHeader,
        '2026-03-14,March 14,Saturday,9:05 PM,good,,,',
        '2026-03-15,March 15,Sunday,7:00\u202fam,good,,,',
      ),
    );
    expect(p.data.rows.map((row) => [row.day, row.time])).toEqual([
      ['2026-03-14', '21:05'],
      ['2026-03-15', '07:00'],
    ]);
  });

  it('reads a file with a scales column (newer exports) and ignores that column', async () => {
    const p = await preview(
      csv(`${newHeader},scales`, '2026-03-14,March 14,Saturday,21:05,good,walk,,,"sleep: 4"'),
    );
    expect(p.checkins.total).toBe(1);
    expect(p.entries.total).toBe(0);
  });

  it('reads BOM + CRLF with quoted multi-line notes holding quotes and commas', async () => {
    const note = 'Line one, with a comma\r\nLine two: she said ""stay"", so I did.';
    const text = `\uFEFF${newHeader}\r\n2026-03-14,March 14,Saturday,21:05,good,walk,"A, title","${note}"\r\n`;
    const p = await preview(text);
    const { entries } = daylioRecords(p.data, DEFAULT_DAYLIO_MOODS, NOW);
    expect(entries[0]?.title).toBe('A, title');
    expect(entries[0]?.body).toBe('Line one, with a comma\r\nLine two: she said "stay", so I did.');
  });

  it("strips the exporting app's formula guard: '=SUM(A1) reads =SUM(A1)", async () => {
    const p = await preview(
      csv(newHeader, `2026-03-14,March 14,Saturday,21:05,good,walk,"'-5 kg","'=SUM(A1)"`),
    );
    const { entries } = daylioRecords(p.data, DEFAULT_DAYLIO_MOODS, NOW);
    expect(entries[0]?.title).toBe('-5 kg');
    expect(entries[0]?.body).toBe('=SUM(A1)');
  });

  it('keeps emoji and right-to-left text in notes and activities', async () => {
    const note = 'שלום 🌿 اليوم كان هادئا 👩🏽‍⚕️';
    const p = await preview(
      csv(newHeader, `2026-03-14,March 14,Saturday,21:05,good,🌿 nature | قراءة,"","${note}"`),
    );
    const { checkins, entries } = daylioRecords(p.data, DEFAULT_DAYLIO_MOODS, NOW);
    expect(checkins[0]?.tags).toEqual(['🌿 nature', 'قراءة']);
    expect(entries[0]?.body).toBe(note);
  });

  it('makes an entry of a title alone (the title becomes the body), never an empty one', async () => {
    const p = await preview(
      csv(
        newHeader,
        '2026-03-14,March 14,Saturday,21:05,good,,"Only a title",""',
        '2026-03-14,March 14,Saturday,22:05,good,,"  ","  "',
      ),
    );
    const { entries } = daylioRecords(p.data, DEFAULT_DAYLIO_MOODS, NOW);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.body).toBe('Only a title');
    expect(entries[0]?.title).toBeUndefined();
  });
});

describe('Daylio mood mapping', () => {
  const renamed = csv(
    newHeader,
    '2026-03-14,March 14,Saturday,21:05,Great,,,',
    '2026-03-13,March 13,Friday,21:05, GOOD ,,,',
    '2026-03-12,March 12,Thursday,21:05,great,,,',
    '2026-03-11,March 11,Wednesday,21:05,Tired,,,',
  );

  it('suggests defaults in any case and leaves a renamed label to the user', async () => {
    const p = await preview(renamed);
    expect(p.moods).toEqual([
      { label: 'GOOD', count: 1, suggested: 7 },
      { label: 'Great', count: 2, suggested: undefined },
      { label: 'Tired', count: 1, suggested: undefined },
    ]);
    expect(unmappedDaylioMoods(p.data, defaultDaylioMapping(p.data))).toEqual(['Great', 'Tired']);
  });

  it('refuses to build records while a label has no value', async () => {
    const p = await preview(renamed);
    expect(() => daylioRecords(p.data, defaultDaylioMapping(p.data), NOW)).toThrow(
      /No mood value chosen for: Great, Tired/,
    );
    expect(() => daylioRecords(p.data, { Great: 8, Tired: 11, good: 7 }, NOW)).toThrow(/Tired/);
  });

  it("applies the user's own mapping, overriding a default", async () => {
    const p = await preview(renamed);
    const mapping = { ...defaultDaylioMapping(p.data), Great: 8, Tired: 4, GOOD: 6 };
    expect(unmappedDaylioMoods(p.data, mapping)).toEqual([]);
    const { checkins } = daylioRecords(p.data, mapping, NOW);
    expect(checkins.map((c) => c.mood)).toEqual([8, 6, 8, 4]);
  });

  it('keeps the same ids whatever the mapping', async () => {
    const p = await preview(renamed);
    const one = daylioRecords(p.data, { great: 8, tired: 4, good: 7 }, NOW);
    const two = daylioRecords(p.data, { great: 2, tired: 2, good: 2 }, NOW);
    expect(two.checkins.map((c) => c.id)).toEqual(one.checkins.map((c) => c.id));
  });
});

describe('Daylio problems', () => {
  it('skips rows that cannot be used, with row number and reason, and imports the rest', async () => {
    const text = csv(
      newHeader,
      '2026-03-14,March 14,Saturday,21:05,good,walk,,',
      '2026-03-13,March 13,Friday,21:05,,walk,,"Mood left out"',
      '2026-02-30,February 30,Monday,21:05,good,,,',
      '2026-03-12,March 12,Thursday,25:61,good,,,',
      '2026-03-11,March 11,Wednesday,,good,,,',
      '2026-03-10,March 10,Tuesday,10:00,good,,,,extra',
      '2026-03-09,March 9,Monday,10:00,bad,,,',
    );
    const p = await preview(text);
    expect(p.checkins.total).toBe(2);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'Row 3 (2026-03-13): there is no mood.',
      'Row 4 (2026-02-30): the date “2026-02-30” and time “21:05” could not be read.',
      'Row 5 (2026-03-12): the date “2026-03-12” and time “25:61” could not be read.',
      'Row 6 (2026-03-11): there is no time.',
      'Row 7 (2026-03-10): it has 9 cells but the header names 8.',
    ]);
    expect(p.skipped[0]).toMatchObject({ line: 3, cause: 'there is no mood' });
  });

  it('skips a row with a text over 200,000 characters, saying so', async () => {
    const long = 'a'.repeat(MAX_IMPORT_TEXT_CHARS + 1);
    const text = csv(
      newHeader,
      `2026-03-14,March 14,Saturday,21:05,good,,,"${long}"`,
      `2026-03-13,March 13,Friday,21:05,good,,,"${'b'.repeat(MAX_IMPORT_TEXT_CHARS)}"`,
    );
    const p = await preview(text);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'Row 2 (2026-03-14): the note is 200,001 characters long; Waypoint takes texts up to 200,000.',
    ]);
    expect(p.entries.total).toBe(1);
  });

  it('refuses a CSV with the wrong header, naming the header it should have', async () => {
    const result = await importText('when,how\n2026-03-14,good\n', 'export.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe('validate');
    expect(result.problem).toBe(
      `This CSV is not a Daylio export: its first line should be “${newHeader}” (older Daylio versions write “${oldHeader}”). It has no “year”, “date”, “time”, “mood”, “activities”, “note” column. Nothing was imported.`,
    );
  });

  it('refuses an empty file and a file with only a header', async () => {
    const empty = await importText('');
    expect(empty).toMatchObject({ ok: false, stage: 'size' });
    const blank = await importText('\uFEFF\r\n');
    expect(blank).toMatchObject({
      ok: false,
      stage: 'parse',
      problem: 'The file is empty. Nothing was imported.',
    });
    const headerOnly = await importText(`${newHeader}\r\n`);
    expect(headerOnly).toMatchObject({
      ok: false,
      stage: 'validate',
      problem: 'This Daylio export has no rows below its header. Nothing was imported.',
    });
  });

  it('refuses a file with no usable row, listing why', async () => {
    const result = await importText(csv(newHeader, '2026-03-14,March 14,Saturday,21:05,,,,'));
    expect(result).toMatchObject({
      ok: false,
      stage: 'validate',
      problem: 'No row of this Daylio export could be used. Nothing was imported.',
      more: ['Row 2 (2026-03-14): there is no mood.'],
    });
  });

  it('refuses a file that would bring more than 500,000 records', () => {
    const rows = Array.from({ length: 250_001 }, (_, i) => ({ line: i + 2, cells: {} }));
    const result = validateDaylio({ header: newHeader.split(','), rows });
    expect(result).toEqual({
      ok: false,
      problems: [
        'This Daylio export would bring 500,002 records; Waypoint imports at most 500,000 at a time. Split the file and import each part. Nothing was imported.',
      ],
    });
  });

  it('refuses data that is not a parsed table', () => {
    expect(validateDaylio('nonsense').ok).toBe(false);
  });

  it('is recognised by its header whatever the file is called', () => {
    expect(daylioFormat.detect('anything.txt', `\uFEFF${newHeader}\r\n`)).toBe('certain');
    expect(daylioFormat.detect('anything.txt', `${oldHeader}\n`)).toBe('certain');
    expect(daylioFormat.detect('other.csv', 'a,b\n')).toBe('possible');
    expect(daylioFormat.detect('notes.txt', 'a,b\n')).toBe('no');
  });

  it('counts a repeated row once', async () => {
    const row = '2026-03-14,March 14,Saturday,21:05,good,walk,,"Same"';
    const p = await preview(csv(newHeader, row, row));
    expect(p.checkins.total).toBe(1);
    expect(p.entries.total).toBe(1);
    const data: DaylioImport = p.data;
    expect(daylioRecords(data, DEFAULT_DAYLIO_MOODS, NOW).checkins).toHaveLength(1);
  });
});

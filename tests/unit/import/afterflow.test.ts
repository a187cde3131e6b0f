// Afterflow CSV import. Dates are read in the device's time zone, so expectations are built with
// local Date constructors: the tests hold in whatever TZ they run under.
import { describe, expect, it } from 'vitest';
import {
  type AfterflowPreview,
  afterflowFormat,
  afterflowMoment,
  afterflowRecords,
  afterflowRoute,
  validateAfterflow,
} from '../../../src/import/afterflow';
import { daylioFormat } from '../../../src/import/daylio';
import { MAX_IMPORT_TEXT_CHARS } from '../../../src/import/limits';
import type { ExistingRecords, ImportFormat, RecordKind } from '../../../src/import/pipeline';
import { readImport } from '../../../src/import/pipeline';
import { sourceFromText } from '../../../src/import/source';
import afterflowText from '../../fixtures/imports/afterflow-export.csv?raw';

const NOW = new Date(2026, 10, 10, 9, 0).getTime();
const header =
  'Date,Treatment Type,Administration,Intention,Mood Before,Mood After,Reflections,Music Link URL';

const noneStored: ExistingRecords = { present: async () => new Set() };
const stored = (ids: Partial<Record<RecordKind, readonly string[]>>): ExistingRecords => ({
  present: async (kind, asked) => new Set(asked.filter((id) => ids[kind]?.includes(id))),
});

// Daylio first: an Afterflow file must still be recognised by its header.
const formats = [daylioFormat, afterflowFormat] as unknown as readonly ImportFormat<
  unknown,
  unknown
>[];

const importText = (text: string, existing = noneStored, name = 'afterflow.csv') =>
  readImport(sourceFromText(name, text), formats, existing);

async function preview(text: string, existing = noneStored): Promise<AfterflowPreview> {
  const result = await importText(text, existing);
  if (!result.ok) throw new Error(`Expected a preview: ${result.problem} ${result.more.join(' ')}`);
  expect(result.format).toBe(afterflowFormat);
  return result.preview as AfterflowPreview;
}

const at = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).getTime();

const csv = (...rows: string[]) => `${[header, ...rows].join('\n')}\n`;

describe('the Afterflow fixture, end to end', () => {
  it('previews three sessions, six mood check-ins and two reflections', async () => {
    const p = await preview(afterflowText);
    expect(p.kind).toBe('afterflow');
    expect(
      p.sessions.map(({ day, at: start, route, intention, present }) => ({
        day,
        start,
        route,
        intention,
        present,
      })),
    ).toEqual([
      {
        day: '2026-03-13',
        start: at(2026, 3, 13, 10, 0),
        route: 'intramuscular',
        intention: 'Meet the grief without running',
        present: false,
      },
      {
        day: '2026-03-06',
        start: at(2026, 3, 6, 10, 30),
        route: 'sublingual-oral',
        intention: 'Notice what the anxiety protects',
        present: false,
      },
      {
        day: '2026-02-27',
        start: at(2026, 2, 27, 9, 0),
        route: 'intravenous',
        intention: 'Be curious',
        present: false,
      },
    ]);
    expect(p.checkins).toEqual({ total: 6, new: 6, present: 0 });
    expect(p.entries).toEqual({ total: 2, new: 2, present: 0 });
    expect(p.firstDay).toBe('2026-02-27');
    expect(p.lastDay).toBe('2026-03-13');
    expect(p.skipped).toEqual([]);
  });

  it('builds completed sessions with their check-ins and reflections linked to them', async () => {
    const p = await preview(afterflowText);
    const { sessions, checkins, entries } = afterflowRecords(p.data, NOW);
    expect(sessions).toHaveLength(3);
    const first = sessions[0];
    expect(first).toEqual({
      id: expect.stringMatching(/^afterflow-session-[0-9a-f]{16}$/),
      createdAt: NOW,
      updatedAt: NOW,
      status: 'completed',
      startsAt: at(2026, 3, 13, 10, 0),
      day: '2026-03-13',
      route: 'intramuscular',
      intentions: ['Meet the grief without running'],
      checklist: [],
      sideEffects: [],
    });
    const start = new Date(first?.startsAt ?? 0);
    expect([start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([
      2, 13, 10, 0,
    ]);

    expect(checkins.map((c) => [c.sessionId, c.moment, c.mood, c.at])).toEqual([
      [first?.id, 'before-session', 3, at(2026, 3, 13, 10, 0)],
      [first?.id, 'after-session', 7, at(2026, 3, 13, 10, 1)],
      [sessions[1]?.id, 'before-session', 4, at(2026, 3, 6, 10, 30)],
      [sessions[1]?.id, 'after-session', 6, at(2026, 3, 6, 10, 31)],
      [sessions[2]?.id, 'before-session', 2, at(2026, 2, 27, 9, 0)],
      [sessions[2]?.id, 'after-session', 5, at(2026, 2, 27, 9, 1)],
    ]);
    expect(checkins.every((c) => c.sessionLink === 'manual' && c.emotions.length === 0)).toBe(true);
    expect(checkins[0]?.id).toMatch(/^afterflow-checkin-before-[0-9a-f]{16}$/);
    expect(checkins[1]?.id).toMatch(/^afterflow-checkin-after-[0-9a-f]{16}$/);

    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      id: expect.stringMatching(/^afterflow-entry-[0-9a-f]{16}$/),
      createdAt: at(2026, 3, 13, 10, 1),
      updatedAt: NOW,
      day: '2026-03-13',
      sessionId: first?.id,
      sessionLink: 'manual',
      title: 'Reflections',
      body: 'Warmth in my chest, then a long quiet. Want to call my brother.',
      tags: [],
      share: false,
      discuss: false,
    });
    expect(entries[1]?.body).toBe('Mostly body sensations; heavy arms, then floating.');
  });

  it('is idempotent: the same ids every time, and stored ones count as present', async () => {
    const p = await preview(afterflowText);
    const a = afterflowRecords(p.data, NOW);
    const b = afterflowRecords((await preview(afterflowText)).data, NOW + 1000);
    expect(b.sessions.map((s) => s.id)).toEqual(a.sessions.map((s) => s.id));
    expect(b.checkins.map((c) => c.id)).toEqual(a.checkins.map((c) => c.id));
    expect(b.entries.map((e) => e.id)).toEqual(a.entries.map((e) => e.id));

    const again = await preview(
      afterflowText,
      stored({
        sessions: a.sessions.map((s) => s.id),
        checkins: a.checkins.map((c) => c.id),
        entries: a.entries.map((e) => e.id),
      }),
    );
    expect(again.sessions.every((s) => s.present)).toBe(true);
    expect(again.checkins).toEqual({ total: 6, new: 0, present: 6 });
    expect(again.entries).toEqual({ total: 2, new: 0, present: 2 });
  });
});

describe('Afterflow rows', () => {
  it('lists other substances as skipped and imports the ketamine rows', async () => {
    const p = await preview(
      csv(
        '"Mar 13, 2026 at 10:00 AM",Ketamine,Oral,,3,7,,',
        '"Mar 9, 2026 at 8:00 PM",Psilocybin,Oral,,3,7,"Not for Waypoint",',
        '"Mar 2, 2026 at 10:00 AM",Psilocybin,Oral,,3,7,,',
        '"Mar 1, 2026 at 10:00 AM",KETAMINE,Oral,,,,,',
      ),
    );
    expect(p.sessions).toHaveLength(2);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'Row 3 (Mar 9, 2026): Psilocybin, not ketamine.',
      'Row 4 (Mar 2, 2026): Psilocybin, not ketamine.',
    ]);
    expect(p.skipped[1]).toMatchObject({ line: 4, cause: 'Psilocybin, not ketamine' });
    // Empty moods just mean no check-ins for that session.
    expect(p.checkins.total).toBe(2);
  });

  it('skips rows with a bad date or a mood outside 1..10, giving the reason', async () => {
    const p = await preview(
      csv(
        '"Mar 13, 2026 at 10:00 AM",Ketamine,Oral,,3,7,,',
        '"13/03/2026 10:00",Ketamine,Oral,,3,7,,',
        '"Mar 12, 2026 at 10:00 AM",Ketamine,Oral,,0,7,,',
        '"Mar 11, 2026 at 10:00 AM",Ketamine,Oral,,3,11,,',
        '"Mar 10, 2026 at 10:00 AM",Ketamine,Oral,,3.5,7,,',
        '"Feb 30, 2026 at 10:00 AM",Ketamine,Oral,,3,7,,',
        ',Ketamine,Oral,,3,7,,',
        '"Mar 9, 2026 at 10:00 AM",,Oral,,3,7,,',
      ),
    );
    expect(p.sessions.map((s) => s.day)).toEqual(['2026-03-13']);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'Row 3 (13/03/2026 10:00): the date “13/03/2026 10:00” could not be read (Afterflow writes “Mar 13, 2026 at 10:00 AM”).',
      'Row 4 (Mar 12, 2026): the mood before “0” is not a whole number from 1 to 10.',
      'Row 5 (Mar 11, 2026): the mood after “11” is not a whole number from 1 to 10.',
      'Row 6 (Mar 10, 2026): the mood before “3.5” is not a whole number from 1 to 10.',
      'Row 7 (Feb 30, 2026): the date “Feb 30, 2026 at 10:00 AM” could not be read (Afterflow writes “Mar 13, 2026 at 10:00 AM”).',
      'Row 8: there is no date.',
      'Row 9 (Mar 9, 2026): there is no treatment type.',
    ]);
  });

  it('maps every Administration to a route, unknown ones to other', () => {
    expect(
      ['Intravenous (IV)', 'Intramuscular (IM)', 'Oral', 'Nasal', 'Other', 'Lozenge', ''].map(
        afterflowRoute,
      ),
    ).toEqual([
      'intravenous',
      'intramuscular',
      'sublingual-oral',
      'intranasal',
      'other',
      'other',
      'other',
    ]);
  });

  it('keeps the music link as plain text in the notes, formula guard stripped', async () => {
    const p = await preview(
      csv(
        '"Mar 13, 2026 at 10:00 AM",Ketamine,Nasal,,,,,https://example.org/playlist?id=1&x=2',
        `"Mar 12, 2026 at 10:00 AM",Ketamine,Nasal,,,,,"'=HYPERLINK(""https://evil.example"")"`,
      ),
    );
    const { sessions } = afterflowRecords(p.data, NOW);
    expect(sessions.map((s) => [s.route, s.notes])).toEqual([
      ['intranasal', 'Music: https://example.org/playlist?id=1&x=2'],
      ['intranasal', 'Music: =HYPERLINK("https://evil.example")'],
    ]);
  });

  it('reads BOM, CRLF and quoted multi-line reflections with quotes and commas', async () => {
    const text = `\uFEFF${header}\r\n"Mar 13, 2026 at 10:00 AM",Ketamine,Intravenous (IV),"Rest, then rise",3,7,"First, the ""hum"".\r\nThen quiet.",\r\n`;
    const p = await preview(text);
    const { sessions, entries } = afterflowRecords(p.data, NOW);
    expect(sessions[0]?.intentions).toEqual(['Rest, then rise']);
    expect(entries[0]?.body).toBe('First, the "hum".\r\nThen quiet.');
  });

  it('keeps emoji and right-to-left text', async () => {
    const reflections = 'אור 🌅 نور, 🧘🏽‍♀️';
    const p = await preview(
      csv(`"Mar 13, 2026 at 10:00 AM",Ketamine,Oral,"שקט 🌿",3,7,"${reflections}",`),
    );
    const { sessions, entries } = afterflowRecords(p.data, NOW);
    expect(sessions[0]?.intentions).toEqual(['שקט 🌿']);
    expect(entries[0]?.body).toBe(reflections);
  });

  it('skips a row whose reflections exceed 200,000 characters', async () => {
    const p = await preview(
      csv(
        `"Mar 13, 2026 at 10:00 AM",Ketamine,Oral,,3,7,"${'x'.repeat(MAX_IMPORT_TEXT_CHARS + 5)}",`,
        '"Mar 14, 2026 at 10:00 AM",Ketamine,Oral,,3,7,,',
      ),
    );
    expect(p.sessions.map((s) => s.day)).toEqual(['2026-03-14']);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'Row 2 (Mar 13, 2026): the reflections text is 200,005 characters long; Waypoint takes texts up to 200,000.',
    ]);
  });

  it('reads the narrow no-break space newer iPhones write before AM/PM', () => {
    expect(afterflowMoment('Mar 13, 2026 at 9:05\u202fPM')).toEqual({
      at: at(2026, 3, 13, 21, 5),
      day: '2026-03-13',
      time: '21:05',
    });
  });

  it('gives a session the same id when only its moods or reflections changed', async () => {
    const one = await preview(csv('"Mar 13, 2026 at 10:00 AM",Ketamine,Oral,,3,7,"One",'));
    const two = await preview(csv('"Mar 13, 2026 at 10:00 AM",Ketamine,Oral,,4,7,"Two",'));
    expect(two.data.rows[0]?.sessionId).toBe(one.data.rows[0]?.sessionId);
    expect(two.data.rows[0]?.beforeId).not.toBe(one.data.rows[0]?.beforeId);
    expect(two.data.rows[0]?.entryId).not.toBe(one.data.rows[0]?.entryId);
  });
});

describe('Afterflow problems', () => {
  it('refuses a file with no ketamine rows, listing each', async () => {
    const result = await importText(csv('"Mar 2, 2026 at 10:00 AM",Psilocybin,Oral,,3,7,,'));
    expect(result).toMatchObject({
      ok: false,
      stage: 'validate',
      problem: 'No row of this Afterflow export could be used. Nothing was imported.',
      more: ['Row 2 (Mar 2, 2026): Psilocybin, not ketamine.'],
    });
  });

  it('refuses a header that is not Afterflow’s, naming the one it should be', () => {
    const result = validateAfterflow({
      header: ['Date', 'Treatment', 'Mood'],
      rows: [],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        `This CSV is not an Afterflow export: its first line should be “${header}”. It has no “Treatment Type”, “Administration”, “Intention”, “Mood Before”, “Mood After”, “Reflections” column. Nothing was imported.`,
      ],
    });
  });

  it('refuses a file that would bring more than 500,000 records', () => {
    const rows = Array.from({ length: 125_001 }, (_, i) => ({ line: i + 2, cells: {} }));
    const result = validateAfterflow({ header: header.split(','), rows });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(
      /would bring 500,004 records; Waypoint imports at most 500,000/,
    );
  });

  it('refuses a file with only a header', async () => {
    const result = await importText(`${header}\r\n`);
    expect(result).toMatchObject({
      ok: false,
      problem: 'This Afterflow export has no rows below its header. Nothing was imported.',
    });
  });

  it('is recognised by its header whatever the file is called', () => {
    expect(afterflowFormat.detect('x.txt', `\uFEFF${header}\r\n`)).toBe('certain');
    expect(afterflowFormat.detect('x.csv', 'a,b\n')).toBe('possible');
    expect(afterflowFormat.detect('x.txt', 'a,b\n')).toBe('no');
  });
});

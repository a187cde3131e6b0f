import { describe, expect, it } from 'vitest';
import { toDay } from '../../../src/domain/dates';
import {
  buildTimeline,
  checkInPassesFilter,
  passesFilter,
  type SearchableEntry,
  type TimelineFilter,
  type TimelineRow,
  tagsInUse,
  toSearchable,
  windowStart,
} from '../../../src/domain/timeline';
import type { CheckIn, JournalEntry, KapSession, SessionStatus } from '../../../src/domain/types';

const at = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h).getTime();

function session(id: string, status: SessionStatus, startsAt: number): KapSession {
  return {
    id,
    status,
    startsAt,
    day: toDay(startsAt),
    createdAt: startsAt,
    updatedAt: startsAt,
    intentions: [],
    checklist: [],
    sideEffects: [],
  };
}

function entry(id: string, createdAt: number, fields: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    day: toDay(createdAt),
    sessionLink: 'auto',
    body: `Body of ${id}`,
    tags: [],
    share: false,
    discuss: false,
    ...fields,
  };
}

/** A compact picture of the rows: "# key (number) count" for headers, "- id" for entries. */
function outline(rows: readonly TimelineRow[]): string[] {
  return rows.map((row) =>
    row.kind === 'session'
      ? `# ${row.key} (${row.number ?? '-'}) ${row.count}`
      : row.kind === 'entry'
        ? `- ${row.entry.id}`
        : `~ ${row.checkIn.id}`,
  );
}

const s1 = session('s1', 'completed', at(3, 1, 10));
const s2 = session('s2', 'completed', at(3, 15, 10));
const s3 = session('s3', 'planned', at(4, 1, 10));
const cancelled = session('sx', 'cancelled', at(3, 22, 10));
const sessions = [s3, cancelled, s1, s2];

const entries = [
  entry('e1', at(3, 2), { sessionId: 's1', tags: ['Sleep'], title: 'Café au lait' }),
  entry('e2', at(3, 5), { sessionId: 's1', tags: ['family'], share: true }),
  entry('e3', at(3, 16), { sessionId: 's2', tags: ['sleep', 'body'], discuss: true }),
  entry('e4', at(2, 20), { body: 'Before anything: ﬁrst thoughts' }),
  entry('e5', at(3, 20), { sessionId: 's2', share: true, discuss: true, body: 'Crème brûlée' }),
];
const items = entries.map(toSearchable);

const build = (filter?: TimelineFilter, list = items) =>
  outline(buildTimeline(sessions, list, filter));

describe('buildTimeline', () => {
  it('groups entries under their session, newest group and newest entry first', () => {
    expect(build()).toEqual([
      '# session:s3 (3) 0',
      '# session:s2 (2) 2',
      '- e5',
      '- e3',
      '# session:s1 (1) 2',
      '- e2',
      '- e1',
      '# session:none (-) 1',
      '- e4',
    ]);
  });

  it('gives each row its session, entry and a stable key', () => {
    const rows = buildTimeline(sessions, items);
    const header = rows.find((row) => row.key === 'session:s2');
    expect(header).toEqual({
      kind: 'session',
      key: 'session:s2',
      session: s2,
      number: 2,
      count: 2,
    });
    const none = rows.find((row) => row.key === 'session:none');
    expect(none).toEqual({
      kind: 'session',
      key: 'session:none',
      session: undefined,
      number: undefined,
      count: 1,
    });
    expect(rows.find((row) => row.key === 'entry:e4')).toEqual({
      kind: 'entry',
      key: 'entry:e4',
      entry: entries[3],
    });
  });

  it('orders groups by their newest moment, the session date included', () => {
    // An unlinked entry newer than everything puts the unlinked group first.
    const withNewest = [...items, toSearchable(entry('late', at(4, 10)))];
    expect(build({}, withNewest).slice(0, 3)).toEqual(['# session:none (-) 2', '- late', '- e4']);
    // A session dated after its entries sorts by its date.
    const laterSession = [
      toSearchable(entry('old', at(1, 5), { sessionId: 's3' })),
      toSearchable(entry('mid', at(3, 25))),
    ];
    expect(build({}, laterSession)).toEqual([
      '# session:s3 (3) 1',
      '- old',
      '# session:none (-) 1',
      '- mid',
      '# session:s2 (2) 0',
      '# session:s1 (1) 0',
    ]);
  });

  it('puts entries linked to a session that does not exist under unlinked', () => {
    const orphan = toSearchable(entry('orphan', at(3, 3), { sessionId: 'gone' }));
    expect(build({}, [orphan])).toEqual([
      '# session:s3 (3) 0',
      '# session:s2 (2) 0',
      '# session:none (-) 1',
      '- orphan',
      '# session:s1 (1) 0',
    ]);
  });

  it('shows a cancelled session only when entries are linked to it, without a number', () => {
    expect(build().some((line) => line.includes('sx'))).toBe(false);
    const linked = toSearchable(
      entry('manual', at(3, 22), { sessionId: 'sx', sessionLink: 'manual' }),
    );
    expect(build({}, [linked])).toContain('# session:sx (-) 1');
  });

  it('shows nothing at all without sessions or entries', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });

  it('filters by session, keeping that session even when it has no entries', () => {
    expect(build({ sessionId: 's1' })).toEqual(['# session:s1 (1) 2', '- e2', '- e1']);
    expect(build({ sessionId: 's3' })).toEqual(['# session:s3 (3) 0']);
  });

  it('filters to unlinked entries with "none", without empty session groups', () => {
    expect(build({ sessionId: 'none' })).toEqual(['# session:none (-) 1', '- e4']);
  });

  it('filters by tag without regard to case, and hides sessions left empty', () => {
    expect(build({ tag: 'SLEEP' })).toEqual([
      '# session:s2 (2) 1',
      '- e3',
      '# session:s1 (1) 1',
      '- e1',
    ]);
    expect(build({ tag: 'nothing' })).toEqual([]);
  });

  it('filters by the share and discuss flags', () => {
    expect(build({ flag: 'share' })).toEqual([
      '# session:s2 (2) 1',
      '- e5',
      '# session:s1 (1) 1',
      '- e2',
    ]);
    expect(build({ flag: 'discuss' })).toEqual(['# session:s2 (2) 2', '- e5', '- e3']);
  });

  it('searches title, body and tags, folded, and hides sessions left empty', () => {
    expect(build({ query: 'cafe' })).toEqual(['# session:s1 (1) 1', '- e1']);
    expect(build({ query: '  BRULEE ' })).toEqual(['# session:s2 (2) 1', '- e5']);
    // "Body of eN" bodies and the tag "body" match; e4 and e5 have other bodies and no tags.
    expect(build({ query: 'body' })).toEqual([
      '# session:s2 (2) 1',
      '- e3',
      '# session:s1 (1) 2',
      '- e2',
      '- e1',
    ]);
    expect(build({ query: 'family' })).toEqual(['# session:s1 (1) 1', '- e2']);
    expect(build({ query: 'first' })).toEqual(['# session:none (-) 1', '- e4']);
    expect(build({ query: 'zzz' })).toEqual([]);
    // A blank query narrows nothing.
    expect(build({ query: '   ' })).toEqual(build());
  });

  it('combines filters', () => {
    expect(build({ sessionId: 's2', flag: 'share', query: 'creme' })).toEqual([
      '# session:s2 (2) 1',
      '- e5',
    ]);
    expect(build({ sessionId: 's1', tag: 'body' })).toEqual([]);
  });
});

describe('passesFilter', () => {
  it('checks every part of the filter', () => {
    const [e1, , e3, e4] = items;
    expect(passesFilter(e1!, {}, '')).toBe(true);
    expect(passesFilter(e1!, { sessionId: 's1' }, '')).toBe(true);
    expect(passesFilter(e1!, { sessionId: 's2' }, '')).toBe(false);
    expect(passesFilter(e1!, { sessionId: 'none' }, '')).toBe(false);
    expect(passesFilter(e4!, { sessionId: 'none' }, '')).toBe(true);
    expect(passesFilter(e3!, { tag: 'Body' }, '')).toBe(true);
    expect(passesFilter(e3!, { flag: 'share' }, '')).toBe(false);
    expect(passesFilter(e3!, { flag: 'discuss' }, '')).toBe(true);
    expect(passesFilter(e1!, {}, 'cafe au')).toBe(true);
    expect(passesFilter(e1!, {}, 'tea')).toBe(false);
  });
});

describe('toSearchable', () => {
  it('folds title, body and tags once', () => {
    const item = toSearchable(
      entry('x', at(3, 1), { title: 'Ÿes', body: 'Ça VA', tags: ['Ökologie'] }),
    );
    expect(item.folded).toBe('yes\nca va\nokologie');
  });
});

describe('tagsInUse', () => {
  it('lists every tag once, most used first, ties alphabetically', () => {
    const list = [
      entry('a', 1, { tags: ['sleep', 'family'] }),
      entry('b', 2, { tags: ['Sleep', 'body'] }),
      entry('c', 3, { tags: ['SLEEP', 'Family', 'anger'] }),
    ];
    expect(tagsInUse(list)).toEqual(['sleep', 'family', 'anger', 'body']);
  });

  it('is empty without tags', () => {
    expect(tagsInUse([])).toEqual([]);
    expect(tagsInUse([entry('a', 1)])).toEqual([]);
  });
});

function checkIn(id: string, atMs: number, fields: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    at: atMs,
    day: toDay(atMs),
    createdAt: atMs,
    updatedAt: atMs,
    sessionLink: 'auto',
    mood: 6,
    emotions: [],
    ...fields,
  };
}

describe('buildTimeline with check-ins', () => {
  const checkIns = [
    checkIn('c1', at(3, 3), { sessionId: 's1', emotions: ['calm', 'tender'] }),
    checkIn('c2', at(3, 17), { sessionId: 's2', note: 'Slept well after the walk' }),
    checkIn('c3', at(4, 12)),
  ];
  const withCheckIns = (filter?: TimelineFilter) =>
    outline(buildTimeline(sessions, items, filter, checkIns));

  it('places check-ins among entries by their moment, under their session', () => {
    expect(withCheckIns()).toEqual([
      '# session:none (-) 2',
      '~ c3',
      '- e4',
      '# session:s3 (3) 0',
      '# session:s2 (2) 3',
      '- e5',
      '~ c2',
      '- e3',
      '# session:s1 (1) 3',
      '- e2',
      '~ c1',
      '- e1',
    ]);
  });

  it('builds the same rows from records a search already narrowed, without scanning them again', () => {
    for (const filter of [
      { query: 'slept' },
      { query: 'CAFÉ', sessionId: 's1' },
      { query: 'e' },
      { query: 'nothing at all' },
      { query: 'calm', sessionId: 'none' },
    ] satisfies TimelineFilter[]) {
      const needle = filter.query.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
      const found = items.filter((item) => item.folded.includes(needle));
      const foundCheckIns = checkIns.filter((c) =>
        checkInPassesFilter(c, { query: filter.query }, needle),
      );
      expect(
        outline(buildTimeline(sessions, found, filter, foundCheckIns, undefined, true)),
        filter.query,
      ).toEqual(withCheckIns(filter));
    }
    // A record given as found is kept even where its text would not match: no second scan.
    const unscanned: SearchableEntry = { entry: entries[0] as JournalEntry, folded: 'nothing' };
    expect(
      outline(buildTimeline(sessions, [unscanned], { query: 'zzz' }, [], undefined, true)),
    ).toEqual(['# session:s1 (1) 1', '- e1']);
  });

  it('gives a check-in row its record and a stable key', () => {
    const rows = buildTimeline(sessions, items, {}, checkIns);
    expect(rows.find((row) => row.key === 'checkin:c1')).toEqual({
      kind: 'checkin',
      key: 'checkin:c1',
      checkIn: checkIns[0],
    });
  });

  it('filters check-ins by session, leaves them out for tags and marks, searches their words', () => {
    expect(withCheckIns({ sessionId: 's1' })).toEqual([
      '# session:s1 (1) 3',
      '- e2',
      '~ c1',
      '- e1',
    ]);
    expect(withCheckIns({ sessionId: 'none' })).toEqual(['# session:none (-) 2', '~ c3', '- e4']);
    expect(withCheckIns({ tag: 'sleep' })).not.toContain('~ c2');
    expect(withCheckIns({ flag: 'share' }).some((r) => r.startsWith('~'))).toBe(false);
    expect(withCheckIns({ query: 'TENDER' })).toEqual(['# session:s1 (1) 1', '~ c1']);
    expect(withCheckIns({ query: 'slept' })).toEqual(['# session:s2 (2) 1', '~ c2']);
  });

  it('keeps the entry-only timeline unchanged when no check-ins are given', () => {
    expect(outline(buildTimeline(sessions, items, {}, []))).toEqual(build());
  });
});

describe('the first window of the timeline', () => {
  // Five months: a session every 14 days, an entry a day and two check-ins a day, each linked
  // to the session before it, as the phase rule links them.
  const day = 86_400_000;
  const start = at(1, 1, 9);
  const many = Array.from({ length: 11 }, (_, i) =>
    session(`s${i}`, 'completed', start + i * 14 * day),
  );
  const linked = (moment: number) => many.filter((s) => s.startsAt <= moment).at(-1)?.id;
  const allEntries = Array.from({ length: 150 }, (_, i) =>
    entry(`d${i}`, start + i * day + 3_600_000, { sessionId: linked(start + i * day + 3_600_000) }),
  );
  const allCheckIns: CheckIn[] = Array.from({ length: 300 }, (_, i) => {
    const moment = start + Math.floor(i / 2) * day + (i % 2) * 8 * 3_600_000;
    return {
      id: `c${i}`,
      at: moment,
      day: toDay(moment),
      createdAt: moment,
      updatedAt: moment,
      mood: 5,
      emotions: [],
      sessionId: linked(moment),
      sessionLink: 'auto',
    };
  });
  const newest = <T>(list: readonly T[], moment: (item: T) => number, limit: number) =>
    [...list].sort((a, b) => moment(b) - moment(a)).slice(0, limit);

  it('starts where both windows are complete', () => {
    const e = newest(allEntries, (x) => x.createdAt, 40);
    const c = newest(allCheckIns, (x) => x.at, 40);
    // 40 check-ins cover 20 days, 40 entries 40 days: the check-ins decide.
    expect(windowStart(e, c, 40)).toBe(Math.min(...c.map((x) => x.at)));
    // A window holding fewer than the limit holds everything.
    expect(windowStart(e.slice(0, 5), c.slice(0, 5), 40)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('shows exactly the top of the full timeline, and nothing older than it knows', () => {
    const e = newest(allEntries, (x) => x.createdAt, 40);
    const c = newest(allCheckIns, (x) => x.at, 40);
    const from = windowStart(e, c, 40);
    const keys = (rows: readonly TimelineRow[]) => rows.map((row) => row.key);
    const full = keys(buildTimeline(many, allEntries.map(toSearchable), {}, allCheckIns));
    const partial = keys(buildTimeline(many, e.map(toSearchable), {}, c, from));
    expect(partial.length).toBeGreaterThan(40);
    expect(full.slice(0, partial.length)).toEqual(partial);
    // Sessions with nothing in the window wait for the full read.
    expect(partial.filter((key) => key.startsWith('session:'))).toEqual([
      'session:s10',
      'session:s9',
    ]);
  });
});

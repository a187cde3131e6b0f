// Committing imported records (data-safety 17): sealed like the repositories seal them, one
// transaction over every store, settings and re-linking included; 'replace' makes the database
// exactly the backup, merges keep what is newer here; a failure halfway writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupSnapshot } from '../../../src/db/backupSnapshot';
import { generateDataKey } from '../../../src/db/crypto/dataKey';
import { createEncryptingVault } from '../../../src/db/crypto/encryptingVault';
import { commitImportedRecords, existingRecordsIn, sealAhead } from '../../../src/db/importRecords';
import { createLock } from '../../../src/db/lock';
import { plainVault, setVault, VaultLockedError } from '../../../src/db/vault';
import type { BackupRecords, BackupSnapshot } from '../../../src/export/backup';
import {
  byId,
  makeAssessment,
  makeCheckIn,
  makeCommitment,
  makeEntry,
  makePrompt,
  makePromptTask,
  makeSession,
} from '../factories';
import { sampleSnapshot } from '../import/backupFixtures';
import { allText } from './allText';
import { dumpStores } from './dumpStores';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRows,
  type TestDatabase,
} from './testDatabase';
import { createScramblingVault } from './testVault';

const SECRET = 'imported-secret-phrase-Zk4';

/** A snapshot with its lists sorted by id (the order a snapshot reads them in). */
function sorted(snapshot: BackupSnapshot): BackupSnapshot {
  const records = Object.fromEntries(
    Object.entries(snapshot.records).map(([table, list]) => [table, byId(list)]),
  ) as unknown as BackupRecords;
  return { records, settings: snapshot.settings };
}

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => {
  setVault(plainVault);
  closeTestDatabases();
});

describe('commitImportedRecords', () => {
  it("'replace' makes the database exactly the backup and leaves meta alone", async () => {
    await t.repos.entries.put(makeEntry({ id: 'old-entry', body: 'to be replaced' }));
    await t.repos.drafts.save('old-draft', { body: 'old' });
    await t.repos.settings.set('reminderTime', '07:00');
    await t.repos.settings.set('lastSummarySharedAt', 123);
    await t.repos.meta.set('lastBackupAt', 42);
    await t.repos.meta.set('firstRunDone', true);
    const metaBefore = await readRawRows(t.name, 'meta');

    const backup = sampleSnapshot();
    const report = await commitImportedRecords(t.db, backup.records, {
      mode: 'replace',
      settings: backup.settings,
    });

    expect(await readBackupSnapshot(t.db)).toEqual(sorted(backup));
    expect(await readRawRows(t.name, 'meta')).toEqual(metaBefore);
    expect(report.entries).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 1 });
    expect(report.drafts).toEqual({ added: 1, updated: 0, unchanged: 0, removed: 1 });
    expect(report.settings).toEqual({ added: 3, updated: 0, unchanged: 0 });
  });

  it("'replace' with an empty backup empties records, drafts and settings", async () => {
    await t.repos.entries.put(makeEntry());
    await t.repos.settings.set('theme', 'dark');
    await t.repos.meta.set('lastBackupAt', 42);
    await commitImportedRecords(t.db, {}, { mode: 'replace' });
    const snapshot = await readBackupSnapshot(t.db);
    expect(Object.values(snapshot.records).flat()).toEqual([]);
    expect(snapshot.settings).toEqual({});
    expect(await t.repos.meta.get('lastBackupAt')).toBe(42);
  });

  it('writes exactly the rows the repositories write (same clear keys, same payload)', async () => {
    const other = await openTestDatabase();
    const entry = makeEntry({ id: 'e', sessionLink: 'manual' });
    const checkin = makeCheckIn({ id: 'c', sessionLink: 'manual', tags: ['walk'] });
    const assessment = makeAssessment({ id: 'a', sessionLink: 'manual' });
    const prompt = makePrompt({ id: 'p' });
    const task = makePromptTask({ id: 't' });
    const commitment = makeCommitment({ id: 'k' });
    const records = {
      entries: [entry],
      checkins: [checkin],
      assessments: [assessment],
      prompts: [prompt],
      promptTasks: [task],
      commitments: [commitment],
    } satisfies Partial<BackupRecords>;
    await t.repos.entries.put(entry);
    await t.repos.checkins.put(checkin);
    await t.repos.assessments.put(assessment);
    await t.repos.prompts.put(prompt);
    await t.repos.promptTasks.put(task);
    await t.repos.commitments.put(commitment);
    await commitImportedRecords(other.db, records, { mode: 'add-missing' });
    for (const table of Object.keys(records) as (keyof typeof records)[]) {
      expect(await readRawRows(other.name, table)).toEqual(await readRawRows(t.name, table));
    }
  });

  it('writes a session row like the sessions repository', async () => {
    const other = await openTestDatabase();
    const session = makeSession({ id: 's', status: 'cancelled' });
    await t.repos.sessions.put(session);
    await commitImportedRecords(other.db, { sessions: [session] }, { mode: 'add-missing' });
    expect(await readRawRows(other.name, 'sessions')).toEqual(
      await readRawRows(t.name, 'sessions'),
    );
  });

  it('writes a draft and settings like their repositories', async () => {
    const other = await openTestDatabase();
    const draft = await t.repos.drafts.save('entry:new', { body: 'half' });
    await t.repos.settings.set('theme', 'dark');
    await t.repos.settings.set('focusAreas', ['ptsd']);
    await commitImportedRecords(
      other.db,
      { drafts: [draft] },
      {
        mode: 'add-missing',
        settings: { theme: 'dark', focusAreas: ['ptsd'] },
        now: t.clock.now(),
      },
    );
    expect(await readRawRows(other.name, 'drafts')).toEqual(await readRawRows(t.name, 'drafts'));
    expect(await readRawRows(other.name, 'settings')).toEqual(
      await readRawRows(t.name, 'settings'),
    );
    expect(await other.repos.drafts.get('entry:new')).toEqual(draft);
  });

  it("'newer-wins' updates older records, keeps newer ones, adds missing ones", async () => {
    await t.repos.entries.put(makeEntry({ id: 'older', body: 'stored', updatedAt: 10 }));
    await t.repos.entries.put(makeEntry({ id: 'newer', body: 'stored', updatedAt: 90 }));
    const report = await commitImportedRecords(
      t.db,
      {
        entries: [
          makeEntry({ id: 'older', body: 'from backup', updatedAt: 20 }),
          makeEntry({ id: 'newer', body: 'from backup', updatedAt: 80 }),
          makeEntry({ id: 'missing', body: 'from backup' }),
        ],
      },
      { mode: 'newer-wins' },
    );
    expect(report.entries).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await t.repos.entries.get('older'))?.body).toBe('from backup');
    expect((await t.repos.entries.get('newer'))?.body).toBe('stored');
    expect((await t.repos.entries.get('missing'))?.body).toBe('from backup');
  });

  it('a merge writes only settings never set here', async () => {
    await t.repos.settings.set('theme', 'light');
    const report = await commitImportedRecords(
      t.db,
      {},
      { mode: 'newer-wins', settings: { theme: 'dark', reminderTime: '21:00' } },
    );
    expect(report.settings).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(await t.repos.settings.get('theme')).toBe('light');
    expect(await t.repos.settings.get('reminderTime')).toBe('21:00');
  });

  it("'add-missing' never touches a stored record, and a second import adds nothing", async () => {
    const stored = await t.repos.checkins.put(makeCheckIn({ id: 'c', mood: 3, updatedAt: 1 }));
    const incoming = {
      checkins: [makeCheckIn({ id: 'c', mood: 9, updatedAt: 99 }), makeCheckIn({ id: 'd' })],
    };
    const first = await commitImportedRecords(t.db, incoming, { mode: 'add-missing' });
    const dump = await dumpStores(t.name);
    const second = await commitImportedRecords(t.db, incoming, { mode: 'add-missing' });
    expect(first.checkins).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(second.checkins).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await dumpStores(t.name)).toEqual(dump);
    expect(await t.repos.checkins.get('c')).toEqual(stored);
  });

  it('links imported records to their session by phase in the same commit', async () => {
    const session = makeSession({
      id: 'session-1',
      status: 'completed',
      startsAt: new Date(2026, 2, 5, 14).getTime(),
      day: '2026-03-05',
    });
    const after = new Date(2026, 2, 7, 9).getTime();
    await commitImportedRecords(
      t.db,
      {
        sessions: [session],
        checkins: [makeCheckIn({ id: 'c', at: after, day: '2026-03-07', sessionLink: 'auto' })],
        entries: [makeEntry({ id: 'mine', createdAt: after, sessionLink: 'manual' })],
      },
      { mode: 'add-missing' },
    );
    expect((await t.repos.checkins.get('c'))?.sessionId).toBe('session-1');
    // A link the user chose ("no session") stays as it is.
    expect((await t.repos.entries.get('mine'))?.sessionId).toBeUndefined();
  });

  it('re-links records already here when the import brings their session', async () => {
    const after = new Date(2026, 2, 7, 9).getTime();
    await t.repos.entries.put(makeEntry({ id: 'here', createdAt: after, sessionLink: 'auto' }));
    const session = makeSession({
      id: 'restored',
      status: 'completed',
      startsAt: new Date(2026, 2, 5, 14).getTime(),
      day: '2026-03-05',
    });
    await commitImportedRecords(t.db, { sessions: [session] }, { mode: 'newer-wins' });
    expect((await t.repos.entries.get('here'))?.sessionId).toBe('restored');
  });

  it("'replace' links restored records to the restored sessions, and unlinks stale links", async () => {
    const after = new Date(2026, 2, 7, 9).getTime();
    const before = new Date(2026, 0, 7, 9).getTime();
    await t.repos.entries.put(makeEntry({ id: 'gone', createdAt: after, sessionLink: 'auto' }));
    const session = makeSession({
      id: 'restored',
      status: 'completed',
      startsAt: new Date(2026, 2, 5, 14).getTime(),
      day: '2026-03-05',
    });
    await commitImportedRecords(
      t.db,
      {
        sessions: [session],
        checkins: [
          makeCheckIn({ id: 'later', at: after, day: '2026-03-07', sessionLink: 'auto' }),
          // Linked to a session the backup does not hold: it follows the phase rule instead.
          makeCheckIn({
            id: 'stale',
            at: before,
            day: '2026-01-07',
            sessionId: 'missing',
            sessionLink: 'manual',
          }),
        ],
      },
      { mode: 'replace' },
    );
    expect((await t.repos.checkins.get('later'))?.sessionId).toBe('restored');
    // Before the first session it belongs to the one ahead ("preparing for session 1").
    expect((await t.repos.checkins.get('stale'))?.sessionId).toBe('restored');
    expect((await t.repos.checkins.get('stale'))?.sessionLink).toBe('auto');
    expect(await t.repos.entries.get('gone')).toBeUndefined();
  });

  it('an import with no session leaves restored records without a sessionId field', async () => {
    const after = new Date(2026, 2, 7, 9).getTime();
    await commitImportedRecords(
      t.db,
      { checkins: [makeCheckIn({ id: 'c', at: after, day: '2026-03-07', sessionId: 'x' })] },
      { mode: 'replace' },
    );
    const raw = await t.db.checkins.get('c');
    expect(raw && 'sessionId' in raw).toBe(false);
    expect(raw?.sessionLink).toBe('auto');
  });

  it('seals with the vault in force: no imported phrase rests in clear', async () => {
    setVault(createEncryptingVault(await generateDataKey()));
    const backup = sampleSnapshot();
    const records: BackupRecords = {
      ...backup.records,
      entries: [makeEntry({ id: 'e', body: SECRET, title: SECRET })],
      drafts: [{ id: 'd', updatedAt: 1, data: { body: SECRET } }],
    };
    await commitImportedRecords(t.db, records, {
      mode: 'replace',
      settings: { focusAreas: ['ptsd'], reminderTime: '06:45' },
    });
    const raw = await dumpStores(t.name);
    expect(allText(raw)).not.toContain(SECRET);
    expect(allText(raw)).not.toContain('06:45');
    // Read back with the same vault: plain records.
    const snapshot = await readBackupSnapshot(t.db);
    expect(snapshot.records.entries[0]?.body).toBe(SECRET);
    expect(snapshot.records.drafts[0]?.data).toEqual({ body: SECRET });
    expect(snapshot.settings).toEqual({ focusAreas: ['ptsd'], reminderTime: '06:45' });
  });

  it('existingRecordsIn answers which ids are stored and when they changed', async () => {
    await t.repos.entries.put(makeEntry({ id: 'e1', updatedAt: 77 }));
    await t.repos.drafts.save('d1', { body: 'x' });
    const existing = existingRecordsIn(t.db);
    expect(await existing.present('entries', ['e1', 'e2'])).toEqual(new Set(['e1']));
    expect(await existing.present('drafts', ['d1'])).toEqual(new Set(['d1']));
    expect(await existing.updatedAt?.('entries', ['e1', 'e2'])).toEqual(new Map([['e1', 77]]));
  });
});

describe('a failure halfway through an import', () => {
  /** Makes the Nth new row of a table fail, as a full disk would. */
  function failAt(table: 'entries' | 'checkins', n: number): () => number {
    let seen = 0;
    t.db[table].hook('creating', () => {
      seen++;
      if (seen === n) throw new DOMException('Disk full', 'QuotaExceededError');
    });
    return () => seen;
  }

  async function seedOldData(): Promise<void> {
    await t.repos.entries.put(makeEntry({ id: 'old-entry', body: 'old words' }));
    await t.repos.checkins.put(makeCheckIn({ id: 'old-checkin' }));
    await t.repos.drafts.save('old-draft', { body: 'half-typed' });
    await t.repos.settings.set('theme', 'dark');
    await t.repos.meta.set('lastBackupAt', 1);
  }

  const many = (n: number) => ({
    sessions: [makeSession({ id: 'new-session' })],
    entries: Array.from({ length: n }, (_, i) => makeEntry({ id: `new-entry-${i}` })),
    checkins: Array.from({ length: n }, (_, i) => makeCheckIn({ id: `new-checkin-${i}` })),
    drafts: [{ id: 'new-draft', updatedAt: 1, data: { body: 'x' } }],
  });

  it.each(['replace', 'newer-wins', 'add-missing'] as const)(
    "in '%s' mode writes zero records and keeps the old data intact",
    async (mode) => {
      await seedOldData();
      const before = await dumpStores(t.name);
      // The second table of the import (check-ins come after entries) fails at record N/2.
      const seen = failAt('checkins', 10);
      await expect(
        commitImportedRecords(t.db, many(20), { mode, settings: { reminderTime: '05:00' } }),
      ).rejects.toThrow('Disk full');
      expect(seen()).toBe(10);
      expect(await dumpStores(t.name)).toEqual(before);
      expect((await t.repos.entries.get('old-entry'))?.body).toBe('old words');
      expect(await t.repos.drafts.get('old-draft')).toBeDefined();
    },
  );
});

describe('backups with the passcode lock', () => {
  it('reads plain records while unlocked, refuses while locked, restores sealed', async () => {
    const lock = createLock({ db: t.db, now: t.clock.now, iterations: 1000 });
    await t.repos.entries.put(makeEntry({ id: 'e', body: SECRET }));
    await t.repos.settings.set('focusAreas', ['anxiety']);
    await lock.enable('river stones', 'passphrase');
    const lockRow = await readRawRows(t.name, 'meta');

    const snapshot = await readBackupSnapshot(t.db);
    expect(snapshot.records.entries.map((e) => e.body)).toEqual([SECRET]);
    expect(snapshot.settings).toEqual({ focusAreas: ['anxiety'] });

    // Restoring while unlocked seals everything, and leaves the lock record as it was.
    const backup = sampleSnapshot();
    await commitImportedRecords(
      t.db,
      { ...backup.records, entries: [makeEntry({ id: 'r', body: SECRET })] },
      { mode: 'replace', settings: backup.settings },
    );
    expect(allText(await dumpStores(t.name))).not.toContain(SECRET);
    expect(await readRawRows(t.name, 'meta')).toEqual(lockRow);
    expect((await readBackupSnapshot(t.db)).records.entries[0]?.body).toBe(SECRET);

    lock.lock();
    await expect(readBackupSnapshot(t.db)).rejects.toBeInstanceOf(VaultLockedError);
    await lock.unlock('river stones');
    expect((await readBackupSnapshot(t.db)).records.entries[0]?.body).toBe(SECRET);
  });
});

describe('sealing ahead while the preview is read', () => {
  it('commits exactly the rows of a commit that seals then, without sealing twice', async () => {
    const backup = sampleSnapshot();
    const vault = createScramblingVault();
    setVault(vault);
    await commitImportedRecords(t.db, backup.records, { mode: 'replace', now: 5 });
    const sealedThen = await readBackupSnapshot(t.db);
    const rowsThen = await dumpStores(t.name);

    const other = await openTestDatabase();
    const records = sampleSnapshot().records;
    sealAhead(other.db, records);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const sealsAhead = vault.calls.length;
    await commitImportedRecords(other.db, records, { mode: 'replace', now: 5 });
    // Only the settings are sealed at the commit: every record was sealed ahead.
    const atCommit = vault.calls.slice(sealsAhead).filter((call) => call.op === 'seal');
    expect(atCommit.every((call) => call.table === 'settings')).toBe(true);
    expect(await readBackupSnapshot(other.db)).toEqual(sealedThen);
    expect(Object.keys(await dumpStores(other.name))).toEqual(Object.keys(rowsThen));
  });

  it('seals again at the commit when the lock changed the vault in the meantime', async () => {
    const records = sampleSnapshot().records;
    sealAhead(t.db, records);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const vault = createScramblingVault();
    setVault(vault);
    const before = vault.calls.length;
    await commitImportedRecords(t.db, records, { mode: 'replace', now: 5 });
    // Sealed ahead with the plain vault: the commit seals every record again, with this one.
    const entries = await readRawRows(t.name, 'entries');
    expect(entries.length).toBeGreaterThan(0);
    for (const row of entries) expect((row.payload as { scheme?: string }).scheme).toBe('aes-gcm');
    const sealedAtCommit = vault.calls.slice(before).filter((call) => call.table === 'entries');
    expect(sealedAtCommit).toHaveLength(entries.length);
  });
});

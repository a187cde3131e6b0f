// The vault seam: every repository seals what the user wrote on the way in and opens it on the
// way out, while index fields stay clear so queries work on a locked or encrypted journal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/db/errors';
import type { Repositories } from '../../../src/db/repositories';
import type { SettingsMap } from '../../../src/db/repositories/settings';
import { type RecordTableName, schemaV1 } from '../../../src/db/schema';
import {
  currentVault,
  plainVault,
  type Sealed,
  setVault,
  VaultLockedError,
} from '../../../src/db/vault';
import type { RecordBase } from '../../../src/domain/types';
import {
  assessmentFields,
  checkInFields,
  commitmentFields,
  entryFields,
  idsOf,
  promptFields,
  promptTaskFields,
  sessionFields,
} from '../factories';
import { allText } from './allText';
import {
  closeTestDatabases,
  openTestDatabase,
  readRawRow,
  readRawRows,
  type TestDatabase,
  writeRawRows,
} from './testDatabase';
import { ciphertextText, createScramblingVault, type ScramblingVault } from './testVault';

const SECRET = 'my-secret-phrase-Zq7';
const reversed = (text: string) => [...text].reverse().join('');

/** One record repository and what must stay clear in its rows. */
interface SealCase {
  readonly table: RecordTableName;
  /** Creates a record with every clear field set and SECRET in the user's fields. */
  readonly create: (repos: Repositories) => Promise<RecordBase>;
  readonly get: (repos: Repositories, id: string) => Promise<RecordBase | undefined>;
  /** Fields stored outside the payload. */
  readonly clearKeys: readonly string[];
  /** Fields the user wrote, which must only exist inside the payload. */
  readonly sealedKeys: readonly string[];
}

const sealCases: SealCase[] = [
  {
    table: 'sessions',
    create: (r) =>
      r.sessions.create(
        sessionFields({
          intentions: [SECRET],
          notes: SECRET,
          clinician: SECRET,
          therapist: SECRET,
          supportPerson: SECRET,
          afterCapture: { word: SECRET, note: SECRET, at: 1 },
        }),
      ),
    get: (r, id) => r.sessions.get(id),
    clearKeys: ['id', 'status', 'startsAt', 'day', 'createdAt', 'updatedAt'],
    sealedKeys: [
      'intentions',
      'notes',
      'clinician',
      'afterCapture',
      'doseMg',
      'route',
      'checklist',
    ],
  },
  {
    table: 'entries',
    create: (r) =>
      r.entries.create(
        entryFields({
          sessionId: 'session-1',
          promptId: 'prompt-1',
          title: SECRET,
          body: `Dear diary, ${SECRET}`,
          tags: [SECRET],
        }),
      ),
    get: (r, id) => r.entries.get(id),
    clearKeys: ['id', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink', 'promptId'],
    sealedKeys: ['title', 'body', 'tags', 'share', 'discuss'],
  },
  {
    table: 'checkins',
    create: (r) =>
      r.checkins.create(
        checkInFields({ sessionId: 'session-1', mood: 3, emotions: [SECRET], note: SECRET }),
      ),
    get: (r, id) => r.checkins.get(id),
    clearKeys: ['id', 'at', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink'],
    sealedKeys: ['mood', 'emotions', 'note', 'anxiety', 'sleepHours'],
  },
  {
    table: 'assessments',
    create: (r) => r.assessments.create(assessmentFields({ sessionId: 'session-1', band: SECRET })),
    get: (r, id) => r.assessments.get(id),
    clearKeys: ['id', 'at', 'day', 'createdAt', 'updatedAt', 'sessionId', 'sessionLink'],
    sealedKeys: ['instrument', 'answers', 'total', 'band', 'complete'],
  },
  {
    table: 'prompts',
    create: (r) =>
      r.prompts.create(promptFields({ source: 'pack', packName: SECRET, text: SECRET })),
    get: (r, id) => r.prompts.get(id),
    clearKeys: ['id', 'source', 'createdAt', 'updatedAt'],
    sealedKeys: ['text', 'packName', 'phase', 'timing', 'theme', 'retired'],
  },
  {
    table: 'promptTasks',
    create: (r) =>
      r.promptTasks.create(promptTaskFields({ sessionId: 'session-1', entryId: 'entry-1' })),
    get: (r, id) => r.promptTasks.get(id),
    clearKeys: [
      'id',
      'sessionId',
      'promptId',
      'dueDay',
      'status',
      'entryId',
      'createdAt',
      'updatedAt',
    ],
    sealedKeys: [],
  },
  {
    table: 'commitments',
    create: (r) =>
      r.commitments.create(
        commitmentFields({
          sessionId: 'session-1',
          entryId: 'entry-1',
          text: SECRET,
          followUps: [{ at: 1, outcome: 'kept', note: SECRET }],
        }),
      ),
    get: (r, id) => r.commitments.get(id),
    clearKeys: ['id', 'day', 'sessionId', 'entryId', 'createdAt', 'updatedAt'],
    sealedKeys: ['text', 'followUps'],
  },
];

/** The indexed fields of a table in schema version 1 (primary key first). */
function indexedFields(table: RecordTableName): string[] {
  return schemaV1[table].split(',').map((part) => part.trim());
}

describe('plainVault', () => {
  it('is the vault in force by default', () => {
    expect(currentVault()).toBe(plainVault);
  });

  it('seals data as it is and opens it again', async () => {
    const data = { body: 'hello', tags: ['a'] };
    const sealed = await plainVault.seal('entries', 'e1', data);
    expect(sealed).toEqual({ scheme: 'plain', data });
    expect(await plainVault.open('entries', 'e1', sealed)).toEqual(data);
  });

  it('refuses to open an encrypted payload with VaultLockedError', async () => {
    const sealed: Sealed = {
      scheme: 'aes-gcm',
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array([1, 2, 3]).buffer,
    };
    const opening = plainVault.open('entries', 'e1', sealed);
    await expect(opening).rejects.toBeInstanceOf(VaultLockedError);
    const error = await opening.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'VaultLockedError' });
    expect(classifyStorageError(error)).toBe('locked');
  });
});

describe('setVault', () => {
  afterEach(() => setVault(plainVault));

  it('swaps the vault in force', () => {
    const vault = createScramblingVault();
    setVault(vault);
    expect(currentVault()).toBe(vault);
    setVault(plainVault);
    expect(currentVault()).toBe(plainVault);
  });
});

describe('repositories through a sealing vault', () => {
  let t: TestDatabase;
  let vault: ScramblingVault;

  beforeEach(async () => {
    t = await openTestDatabase();
    vault = createScramblingVault();
    setVault(vault);
  });
  afterEach(() => {
    setVault(plainVault);
    closeTestDatabases();
  });

  describe.each(sealCases)('$table', (c) => {
    it('keeps index fields clear and everything else only inside the sealed payload', async () => {
      const record = await c.create(t.repos);
      const row = await readRawRow(t.name, c.table, record.id);
      expect(row).toBeDefined();
      expect(Object.keys(row!).sort()).toEqual([...c.clearKeys, 'payload'].sort());
      for (const key of c.clearKeys) {
        expect(row![key]).toEqual((record as unknown as Record<string, unknown>)[key]);
      }
      for (const key of c.sealedKeys) {
        expect(key in record).toBe(true);
        expect(row).not.toHaveProperty(key);
      }
      const payload = row!.payload as Record<string, unknown>;
      expect(Object.keys(payload).sort()).toEqual(['ciphertext', 'iv', 'scheme']);
      expect(payload.scheme).toBe('aes-gcm');
    });

    it('stores every indexed field of the schema in the clear, so queries still work', async () => {
      const record = await c.create(t.repos);
      const row = await readRawRow(t.name, c.table, record.id);
      for (const field of indexedFields(c.table)) {
        expect(row, `${c.table}.${field}`).toHaveProperty(field);
        expect(row![field]).toBe((record as unknown as Record<string, unknown>)[field]);
      }
    });

    it('leaves no user text readable at rest', async () => {
      const record = await c.create(t.repos);
      const row = await readRawRow(t.name, c.table, record.id);
      expect(allText(row)).not.toContain(SECRET);
      if (c.table !== 'promptTasks') {
        // The secret is there (the scan reads the payload bytes), but only scrambled.
        expect(allText(row)).toContain(reversed(SECRET));
        expect(ciphertextText(row!.payload)).toContain(reversed(SECRET));
      }
    });

    it('seals with the table name and record id, and exactly the non-clear fields', async () => {
      const record = await c.create(t.repos);
      const allSeals = vault.calls.filter((call) => call.op === 'seal');
      // A session save also plans its prompt tasks (all-clear rows: their payloads are empty).
      for (const other of allSeals.filter((call) => call.table !== c.table)) {
        expect(other.table).toBe('promptTasks');
        expect(other.data).toEqual({});
      }
      const seals = allSeals.filter((call) => call.table === c.table);
      expect(seals).toHaveLength(1);
      expect(seals[0]).toMatchObject({ table: c.table, id: record.id });
      const expectedPayload = Object.fromEntries(
        Object.entries(record).filter(
          ([key, value]) => !c.clearKeys.includes(key) && value !== undefined,
        ),
      );
      expect(seals[0]?.data).toEqual(expectedPayload);
      for (const key of c.clearKeys) expect(seals[0]?.data).not.toHaveProperty(key);
    });

    it('opens on read with the table name and record id, returning the whole record', async () => {
      const record = await c.create(t.repos);
      vault.calls.length = 0;
      expect(await c.get(t.repos, record.id)).toEqual(record);
      expect(vault.calls).toEqual([
        expect.objectContaining({ op: 'open', table: c.table, id: record.id }),
      ]);
    });

    it('cannot be read with the plain vault (locked)', async () => {
      const record = await c.create(t.repos);
      setVault(plainVault);
      await expect(c.get(t.repos, record.id)).rejects.toBeInstanceOf(VaultLockedError);
    });
  });

  it('seals again on update, and the new text is what opens', async () => {
    const entry = await t.repos.entries.create(entryFields({ body: 'first' }));
    await t.repos.entries.update(entry.id, { body: `second ${SECRET}` });
    const seals = vault.calls.filter((call) => call.op === 'seal');
    expect(seals.map((call) => [call.table, call.id])).toEqual([
      ['entries', entry.id],
      ['entries', entry.id],
    ]);
    expect((await t.repos.entries.get(entry.id))?.body).toBe(`second ${SECRET}`);
    const row = await readRawRow(t.name, 'entries', entry.id);
    expect(allText(row)).not.toContain(SECRET);
  });

  it('answers index queries over sealed records with opened records', async () => {
    const { entries, promptTasks, sessions } = t.repos;
    const linked = await entries.create(
      entryFields({ sessionId: 's1', day: '2026-03-03', body: SECRET }),
    );
    await entries.create(entryFields({ sessionId: 's2', day: '2026-03-20' }));
    expect(await entries.listBySession('s1')).toEqual([linked]);
    expect(await entries.listBetweenDays('2026-03-01', '2026-03-05')).toEqual([linked]);

    const task = await promptTasks.create(promptTaskFields({ dueDay: '2026-03-02' }));
    expect(await promptTasks.listDueBy('2026-03-03')).toEqual([task]);

    const done = await sessions.create(sessionFields({ status: 'completed', notes: SECRET }));
    expect(await sessions.listByStatus('completed')).toEqual([done]);
    expect(await sessions.listByDate()).toEqual([done]);
  });

  it('opens every record that all() returns, each with its own id', async () => {
    const a = await t.repos.entries.create(entryFields({ body: 'a' }));
    const b = await t.repos.entries.create(entryFields({ body: 'b' }));
    expect(idsOf(await t.repos.entries.all())).toEqual(idsOf([a, b]));
    const opens = vault.calls.filter((call) => call.op === 'open');
    expect(opens.map((call) => call.id).sort()).toEqual(idsOf([a, b]));
  });

  it('refuses a payload moved onto another record (bound to its id)', async () => {
    const a = await t.repos.entries.create(entryFields({ body: 'written in A' }));
    const b = await t.repos.entries.create(entryFields({ body: 'written in B' }));
    const rowA = await readRawRow(t.name, 'entries', a.id);
    const rowB = await readRawRow(t.name, 'entries', b.id);
    await writeRawRows(t.name, 'entries', [
      { ...rowA, payload: rowB!.payload },
      { ...rowB, payload: rowA!.payload },
    ]);
    await expect(t.repos.entries.get(a.id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(t.repos.entries.get(b.id)).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('makes every read fail with VaultLockedError once the plain vault is back', async () => {
    const entry = await t.repos.entries.create(entryFields({ sessionId: 's1' }));
    setVault(plainVault);
    const reading = t.repos.entries.get(entry.id);
    await expect(reading).rejects.toBeInstanceOf(VaultLockedError);
    await expect(t.repos.entries.all()).rejects.toBeInstanceOf(VaultLockedError);
    await expect(t.repos.entries.listBySession('s1')).rejects.toBeInstanceOf(VaultLockedError);
    await expect(
      t.repos.entries.listBetweenDays('2026-01-01', '2026-12-31'),
    ).rejects.toBeInstanceOf(VaultLockedError);
    await expect(t.repos.entries.update(entry.id, { body: 'x' })).rejects.toBeInstanceOf(
      VaultLockedError,
    );
    expect(classifyStorageError(await reading.catch((e: unknown) => e))).toBe('locked');
    // Nothing was overwritten by the failed update: it still opens with the right vault.
    setVault(vault);
    expect(await t.repos.entries.get(entry.id)).toEqual(entry);
  });

  describe('drafts', () => {
    it('seals the form data with table "drafts" and the draft id', async () => {
      const data = { body: `half typed ${SECRET}` };
      await t.repos.drafts.save('entry:new', data);
      expect(vault.calls).toEqual([{ op: 'seal', table: 'drafts', id: 'entry:new', data }]);
      const row = await readRawRow(t.name, 'drafts', 'entry:new');
      expect(Object.keys(row!).sort()).toEqual(['id', 'payload', 'updatedAt']);
      expect(allText(row)).not.toContain(SECRET);
      expect((row!.payload as Sealed).scheme).toBe('aes-gcm');

      expect((await t.repos.drafts.get('entry:new'))?.data).toEqual(data);
      expect(vault.calls.at(-1)).toMatchObject({ op: 'open', table: 'drafts', id: 'entry:new' });
    });

    it('cannot be read with the plain vault, but can still be listed', async () => {
      await t.repos.drafts.save('entry:new', { body: SECRET });
      setVault(plainVault);
      await expect(t.repos.drafts.get('entry:new')).rejects.toBeInstanceOf(VaultLockedError);
      expect((await t.repos.drafts.list()).map((d) => d.id)).toEqual(['entry:new']);
    });
  });

  describe('settings', () => {
    it('keeps the theme and crisis resources plain, without calling the vault', async () => {
      await t.repos.settings.setTheme('dark');
      const resources = [
        {
          id: 'me',
          name: 'Sam',
          region: 'Personal',
          description: 'Sister',
          phone: '+15555550100',
          canCall: true,
          canText: true,
        },
      ];
      await t.repos.settings.set('crisisResources', resources);
      expect(vault.calls).toEqual([]);
      expect((await readRawRow(t.name, 'settings', 'theme'))?.payload).toEqual({
        scheme: 'plain',
        data: 'dark',
      });
      expect((await readRawRow(t.name, 'settings', 'crisisResources'))?.payload).toEqual({
        scheme: 'plain',
        data: resources,
      });
      expect(await t.repos.settings.getTheme()).toBe('dark');
      expect(await t.repos.settings.get('crisisResources')).toEqual(resources);
      expect(vault.calls).toEqual([]);
    });

    it('still reads the theme and crisis resources while locked', async () => {
      await t.repos.settings.setTheme('light');
      await t.repos.settings.set('crisisResources', []);
      setVault(plainVault);
      expect(await t.repos.settings.getTheme()).toBe('light');
      expect(await t.repos.settings.get('crisisResources')).toEqual([]);
    });

    it('seals any other setting through the vault, bound to its key', async () => {
      // No sealed setting exists yet; this exercises the path a future key will take.
      const key = 'reminderText' as keyof SettingsMap;
      const value = `Time to check in ${SECRET}` as unknown as SettingsMap[typeof key];
      await t.repos.settings.set(key, value);
      expect(vault.calls).toEqual([{ op: 'seal', table: 'settings', id: key, data: value }]);
      const row = await readRawRow(t.name, 'settings', key);
      expect((row!.payload as Sealed).scheme).toBe('aes-gcm');
      expect(allText(row)).not.toContain(SECRET);
      expect(await t.repos.settings.get(key)).toBe(value);
      expect(vault.calls.at(-1)).toMatchObject({ op: 'open', table: 'settings', id: key });
      setVault(plainVault);
      await expect(t.repos.settings.get(key)).rejects.toBeInstanceOf(VaultLockedError);
    });
  });

  it('never seals meta values', async () => {
    await t.repos.meta.set('lastBackupAt', 99);
    expect(vault.calls).toEqual([]);
    expect(await readRawRows(t.name, 'meta')).toContainEqual({ key: 'lastBackupAt', value: 99 });
  });
});

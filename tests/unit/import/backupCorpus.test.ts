// The bad-file corpus and the fuzzer (data-safety 16): every damaged, hostile or foreign file
// gets its own plain message, the database stays byte-for-byte as it was (every store, meta
// included, read raw with `idb`), and Object.prototype is never touched. Each file goes through
// the whole flow the Restore screen runs: readImport → (encrypted: passphrase, decrypt,
// readImport again) → commit.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decryptBackup,
  type EncryptedBackupFile,
  encryptBackup,
  fromBase64,
  toBase64,
} from '../../../src/db/crypto/backupCipher';
import { commitImportedRecords, existingRecordsIn } from '../../../src/db/importRecords';
import { BACKUP_VERSION, serializeBackup } from '../../../src/export/backup';
import { afterflowFormat } from '../../../src/import/afterflow';
import { backupFormat } from '../../../src/import/backup';
import { daylioFormat } from '../../../src/import/daylio';
import { MAX_IMPORT_BYTES } from '../../../src/import/limits';
import { type ImportFormat, type ImportSource, readImport } from '../../../src/import/pipeline';
import { sourceFromText } from '../../../src/import/source';
import { dumpStores } from '../db/dumpStores';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../db/testDatabase';
import {
  makeAssessment,
  makeCheckIn,
  makeCommitment,
  makeEntry,
  makePrompt,
  makePromptTask,
  makeSession,
} from '../factories';
import { backupFormats, sampleBackup, sampleJson } from './backupFixtures';

const PASSPHRASE = 'the right passphrase';
const fast = { iterations: 1000 };
const plainText = () => serializeBackup(sampleBackup());
const encrypted = async (text = plainText()) => encryptBackup(text, PASSPHRASE, fast);

/** Every format of the general import: the backups and the CSV importers. */
const allFormats = [...backupFormats, daylioFormat, afterflowFormat] as readonly ImportFormat<
  unknown,
  { kind: string }
>[];

let t: TestDatabase;

/** Fills every store (and meta) so "unchanged" means something. */
async function seed(): Promise<void> {
  const session = await t.repos.sessions.put(makeSession({ id: 'stored-session' }));
  await t.repos.entries.put(makeEntry({ id: 'stored-entry', sessionId: session.id }));
  await t.repos.checkins.put(makeCheckIn({ id: 'stored-checkin' }));
  await t.repos.assessments.put(makeAssessment({ id: 'stored-assessment' }));
  await t.repos.prompts.put(makePrompt({ id: 'stored-prompt' }));
  await t.repos.promptTasks.put(makePromptTask({ id: 'stored-task' }));
  await t.repos.commitments.put(makeCommitment({ id: 'stored-commitment' }));
  await t.repos.drafts.save('entry:new', { body: 'half-typed words' });
  await t.repos.settings.set('theme', 'dark');
  await t.repos.settings.set('reminderTime', '06:00');
  await t.repos.meta.set('lastBackupAt', 5);
}

/** What the Restore screen does with a file: the message shown, or 'imported'. */
async function restore(source: ImportSource, passphrase = PASSPHRASE): Promise<string> {
  const existing = existingRecordsIn(t.db);
  let result = await readImport(source, allFormats, existing);
  if (!result.ok) return result.problem;
  let preview = result.preview as { kind: string; file?: EncryptedBackupFile };
  if (preview.kind === 'encrypted-backup' && preview.file) {
    let text: string;
    try {
      text = await decryptBackup(preview.file, passphrase);
    } catch (error) {
      return (error as Error).message;
    }
    result = await readImport(sourceFromText(source.name, text), [backupFormat], existing);
    if (!result.ok) return result.problem;
    preview = result.preview as { kind: string };
  }
  if (preview.kind !== 'backup') return `previewed ${preview.kind}`;
  const { data } = result.preview as unknown as { data: ReturnType<typeof sampleBackup> };
  await commitImportedRecords(t.db, data.records, { mode: 'replace', settings: data.settings });
  return 'imported';
}

const text = (name: string, body: string) => sourceFromText(name, body);

/** A source that must never be read (its size alone refuses it). */
function unreadable(name: string, size: number): ImportSource {
  const fail = async (): Promise<string> => {
    throw new Error('read a file that is too large');
  };
  return { name, size, head: fail, text: fail };
}

function flipByte(base64: string, index: number): string {
  const bytes = fromBase64(base64);
  bytes[index] = (bytes[index] ?? 0) ^ 0x40;
  return toBase64(bytes);
}

const withJson = (change: (json: Record<string, unknown>) => void) => {
  const json = sampleJson() as unknown as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
};

const nothing = 'Nothing was imported.';
const notABackup = `This file is not a Waypoint backup: a backup is one JSON object that starts with "format": "waypoint-backup". ${nothing}`;
const wrongPassphrase = `That passphrase does not open this backup, or the file was changed after it was made. ${nothing}`;
const newer = (n: number) =>
  `This backup was made by a newer version of Waypoint (backup format ${n}). Update Waypoint, then import it again. ${nothing}`;

type Case = readonly [string, () => Promise<ImportSource>, string | RegExp, string?];

const corpus: readonly Case[] = [
  ['an empty file', async () => text('empty.json', ''), `“empty.json” is empty. ${nothing}`],
  ['a file of spaces', async () => text('blank.json', '  \n '), `The file is empty. ${nothing}`],
  [
    'truncated JSON',
    async () => text('cut.json', plainText().slice(0, 500)),
    /^The file is not valid JSON( near line \d+, column \d+| \(it ends too soon\))?, so it cannot be read\. It may be cut off or damaged; ask for a fresh copy\. Nothing was imported\.$/,
  ],
  [
    'random bytes named .json',
    async () => text('noise.json', '\u0000\u0001\u00ff\u0007garbage\ud800'),
    /^The file is not valid JSON.*Nothing was imported\.$/,
  ],
  [
    'random bytes with no known name or start',
    async () => text('noise.bin', '\u0000\u0001\u00ff\u0007garbage'),
    `“noise.bin” is not a Waypoint backup or an encrypted Waypoint backup or a Daylio CSV export or an Afterflow CSV export. ${nothing}`,
  ],
  [
    'an oversized file (never read)',
    async () => unreadable('huge.json', MAX_IMPORT_BYTES + 50 * 1024 * 1024),
    `“huge.json” is 150 MB; Waypoint imports files up to 100 MB. ${nothing}`,
  ],
  [
    'a backup of a future version',
    async () =>
      text(
        'future.json',
        withJson((j) => Object.assign(j, { version: BACKUP_VERSION + 1 })),
      ),
    newer(BACKUP_VERSION + 1),
  ],
  [
    'an encrypted backup of a future envelope version',
    async () => text('future.json', JSON.stringify({ ...(await encrypted()), version: 7 })),
    newer(7),
  ],
  [
    'an encrypted backup holding a future version',
    async () =>
      text(
        'future.json',
        JSON.stringify(await encrypted(withJson((j) => Object.assign(j, { version: 9 })))),
      ),
    newer(9),
  ],
  [
    'an encrypted backup with a flipped ciphertext byte',
    async () => {
      const file = await encrypted();
      return text(
        'tampered.json',
        JSON.stringify({ ...file, ciphertext: flipByte(file.ciphertext, 10) }),
      );
    },
    wrongPassphrase,
  ],
  [
    'an encrypted backup with changed iterations',
    async () => {
      const file = await encrypted();
      return text(
        'tampered.json',
        JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 2000 } }),
      );
    },
    wrongPassphrase,
  ],
  [
    'an encrypted backup with a damaged IV',
    async () =>
      text('tampered.json', JSON.stringify({ ...(await encrypted()), iv: 'not base64!' })),
    `The encrypted backup is damaged: its IV is not what Waypoint wrote. ${nothing}`,
  ],
  [
    'an encrypted backup without its wrapped key',
    async () => {
      const { wrappedKey: _gone, ...file } = await encrypted();
      return text('tampered.json', JSON.stringify(file));
    },
    'The encrypted backup has no wrapped key ("wrappedKey"), so it cannot be opened.',
  ],
  [
    'an encrypted backup asking for a trillion iterations',
    async () => {
      const file = await encrypted();
      return text('slow.json', JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1e12 } }));
    },
    `The encrypted backup asks for more than 10,000,000 key iterations, which would freeze the phone. ${nothing}`,
  ],
  [
    'the wrong passphrase',
    async () => text('mine.json', JSON.stringify(await encrypted())),
    wrongPassphrase,
    'not the passphrase',
  ],
  [
    'only a "__proto__" key',
    async () => text('evil.json', '{"__proto__":{"polluted":1}}'),
    notABackup,
  ],
  [
    'a "constructor.prototype" payload',
    async () => text('evil.json', '{"constructor":{"prototype":{"polluted":1}},"format":"x"}'),
    notABackup,
  ],
  ['a JSON list', async () => text('list.json', '[{"format":"waypoint-backup"}]'), notABackup],
  ['JSON null', async () => text('null.json', 'null'), notABackup],
  [
    'a record of the wrong type',
    async () =>
      text(
        'wrong.json',
        withJson((j) => {
          const records = j.records as { entries: Record<string, unknown>[] };
          Object.assign(records.entries[1] ?? {}, { body: { text: 'not a string' } });
        }),
      ),
    'Journal entry 2: the body must be text.',
  ],
  [
    'records that are not a list',
    async () =>
      text(
        'wrong.json',
        withJson((j) => Object.assign(j.records as object, { checkins: 'many' })),
      ),
    'The list of check-in records: this list of records must be in square brackets.',
  ],
  [
    'a CSV whose header is no known export',
    async () => text('export.csv', 'when,feeling,words\n2026-03-01,good,hello\n'),
    /^This CSV is not a Daylio export: its first line should be “full_date,date,weekday,time,mood,activities,note_title,note”.*Nothing was imported\.$/,
  ],
  [
    'a prompt pack given to Restore',
    async () =>
      text(
        'pack.json',
        '{"name":"Pack","author":"Me","prompts":[{"text":"Hi"}],"format":"waypoint-prompt-pack","version":1}',
      ),
    notABackup,
  ],
];

beforeEach(async () => {
  t = await openTestDatabase();
  await seed();
});
afterEach(() => closeTestDatabases());

describe('the bad-file corpus', () => {
  const cases = corpus.map(([what, make, message, passphrase]) => ({
    what,
    make,
    message,
    passphrase,
  }));

  it.each(cases)(
    '$what: its own message, and nothing changes',
    async ({ make, message, passphrase }) => {
      const source = await make();
      const before = await dumpStores(t.name);
      const shown = await restore(source, passphrase);
      if (typeof message === 'string') expect(shown).toBe(message);
      else expect(shown).toMatch(message);
      expect(await dumpStores(t.name)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('different causes never share a message', async () => {
    const shown: string[] = [];
    const causes: string[] = [];
    for (const [, make, message, passphrase] of corpus) {
      shown.push(await restore(await make(), passphrase));
      causes.push(String(message));
    }
    // Cases expecting the same words share a cause (wrong passphrase and tampering look alike
    // on purpose; several files are "not a backup"); every other pair of cases differs.
    expect(new Set(shown).size).toBe(new Set(causes).size);
    expect(shown).not.toContain('imported');
  }, 30_000);

  it('the CSV importers state their header problem in words', async () => {
    const shown = await restore(text('export.csv', 'when,feeling,words\n2026-03-01,good,hello\n'));
    expect(shown).toMatch(/header|column/i);
    expect(shown.length).toBeLessThan(600);
  });
});

describe('prototype pollution', () => {
  const hostile = () => {
    const good = plainText();
    return good
      .replace(
        '{"format":',
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"format":',
      )
      .replace('"records":{', '"records":{"__proto__":{"polluted":3},')
      .replace('"settings":{', '"settings":{"__proto__":{"polluted":4},"prototype":{"polluted":5},')
      .replace('"data":{', '"data":{"__proto__":{"polluted":6},"constructor":{"polluted":7},')
      .replace('{"body":"שלום 👋"', '{"__proto__":{"polluted":8},"body":"שלום 👋"');
  };

  it('keys like "__proto__" anywhere are dropped: the backup restores, nothing is polluted', async () => {
    const file = hostile();
    expect(file.match(/__proto__/g)).toHaveLength(5);
    expect(await restore(text('hostile.json', file))).toBe('imported');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const dump = JSON.stringify(await dumpStores(t.name));
    expect(dump).not.toContain('polluted');
    expect(dump).not.toContain('__proto__');
    const draft = await t.repos.drafts.get('entry:new');
    expect(draft?.data).toEqual({ body: 'half', nested: { list: [1, null] } });
    expect(Object.getPrototypeOf(draft?.data)).toBe(Object.prototype);
  });

  it('the same, when the hostile backup is encrypted', async () => {
    const file = await encrypted(hostile());
    expect(await restore(text('hostile.json', JSON.stringify(file)))).toBe('imported');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(await dumpStores(t.name))).not.toContain('polluted');
  });
});

describe('the fuzzer', () => {
  const formats = allFormats;
  const noThrow = async (name: string, body: string) => {
    const result = await readImport(text(name, body), formats, existingRecordsIn(t.db));
    if (!result.ok) {
      expect(result.problem.length).toBeGreaterThan(0);
      expect(result.problem.length).toBeLessThan(2000);
    }
    return result;
  };

  it('random JSON never throws past the importer', async () => {
    const before = await dumpStores(t.name);
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom('x.json', 'x.csv', 'x.txt'),
        async (value, name) => {
          await noThrow(name, JSON.stringify(value) ?? 'null');
        },
      ),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withObjectString: true }),
        async (value) => {
          let body: string;
          try {
            body = JSON.stringify(value) ?? String(value);
          } catch {
            body = String(value);
          }
          await noThrow('x.json', body);
        },
      ),
      { numRuns: 500 },
    );
    expect(await dumpStores(t.name)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  /** A valid backup with one value somewhere replaced by random JSON, or removed. */
  const mutatedBackup = fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.option(fc.jsonValue({ maxDepth: 2 })),
    )
    .map(([path, replacement]) => {
      const json = sampleJson() as unknown;
      let node = json as Record<string, unknown>;
      for (let depth = 0; depth < path.length; depth++) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[(path[depth] ?? 0) % keys.length] as string;
        const next = node[key];
        if (depth === path.length - 1 || next === null || typeof next !== 'object') {
          if (replacement === null) delete node[key];
          else node[key] = replacement;
          break;
        }
        node = next as Record<string, unknown>;
      }
      return JSON.stringify(json);
    });

  /** The text of a valid backup, cut, with a character flipped, or with junk inserted. */
  const mangledText = fc
    .tuple(fc.nat(), fc.constantFrom('cut', 'flip', 'insert'), fc.string({ maxLength: 4 }))
    .map(([at, how, junk]) => {
      const good = plainText();
      const i = at % good.length;
      if (how === 'cut') return good.slice(0, i);
      if (how === 'flip')
        return good.slice(0, i) + String.fromCharCode(good.charCodeAt(i) ^ 1) + good.slice(i + 1);
      return good.slice(0, i) + junk + good.slice(i);
    });

  it('mutated backups never throw; whatever validates also commits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBackup, mangledText), async (body) => {
        const result = await noThrow('mutated.json', body);
        if (result.ok && result.preview.kind === 'backup') {
          const { data } = result.preview as unknown as { data: ReturnType<typeof sampleBackup> };
          await commitImportedRecords(t.db, data.records, {
            mode: 'newer-wins',
            settings: data.settings,
          });
        }
      }),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('mutated encrypted envelopes never throw past the importer', async () => {
    const file = await encrypted();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('format', 'version', 'kdf', 'wrappedKey', 'iv', 'ciphertext'),
        fc.jsonValue({ maxDepth: 2 }),
        async (key, value) => {
          await noThrow('e.json', JSON.stringify({ ...file, [key]: value }));
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});

// The heavy-user backup file passes the app's own importer: the same validation and preview a
// client's file goes through, with every record counted as new in an empty journal.
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../src/export/backup';
import { backupFormat } from '../../../src/import/backup';
import type { ExistingRecords } from '../../../src/import/pipeline';
import { readImport } from '../../../src/import/pipeline';
import { sourceFromText } from '../../../src/import/source';
import { heavyUserCounts } from '../../support/heavyUser';
import { heavyUserBackup } from '../../support/heavyUserBackup';

const emptyJournal: ExistingRecords = { present: async () => new Set() };

describe('the heavy-user backup file', () => {
  it('is a valid Waypoint backup holding the whole five years', async () => {
    const file = heavyUserBackup();
    const result = await readImport(
      sourceFromText('waypoint-heavy-user.json', serializeBackup(file)),
      [backupFormat],
      emptyJournal,
    );
    if (!result.ok) throw new Error(`${result.problem} ${result.more.join(' ')}`);
    const { counts } = result.preview;
    expect(counts.sessions.total).toBe(heavyUserCounts.sessions);
    expect(counts.checkins.total).toBe(heavyUserCounts.days * 2);
    expect(counts.entries.total).toBe(heavyUserCounts.entries + heavyUserCounts.promptAnswers);
    expect(counts.assessments.total).toBe(heavyUserCounts.assessments);
    expect(counts.commitments.total).toBe(heavyUserCounts.commitments);
    expect(counts.entries.new).toBe(counts.entries.total);
  }, 60_000);

  it('is the same file for the same seed', () => {
    expect(serializeBackup(heavyUserBackup(7, { counts: { days: 30, entries: 20 } }))).toBe(
      serializeBackup(heavyUserBackup(7, { counts: { days: 30, entries: 20 } })),
    );
  });
});

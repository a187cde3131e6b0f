// The small rules of the backup and import screens: the passphrase check, the preview's date
// range, counting what a commit changed, and which Daylio moods still need a choice.
import { describe, expect, it } from 'vitest';
import { commitTotals } from '../../../../src/features/backup/applyImport';
import { backupPassphraseProblem } from '../../../../src/features/backup/backupPassphrase';
import { unmappedMoods } from '../../../../src/features/backup/DaylioPreviewCard';
import { countOf, dayRange } from '../../../../src/features/backup/importLabels';

describe('backupPassphraseProblem', () => {
  it('asks for 8 characters or more', () => {
    expect(backupPassphraseProblem('1234567', '1234567')).toBe(
      'Choose a passphrase of at least 8 characters.',
    );
  });
  it('asks for the same passphrase twice', () => {
    expect(backupPassphraseProblem('harbour lights', 'harbour light')).toBe(
      'The two passphrases are not the same. Type it again.',
    );
  });
  it('accepts a long enough passphrase typed twice', () => {
    expect(backupPassphraseProblem('harbour lights', 'harbour lights')).toBeUndefined();
  });
});

describe('dayRange', () => {
  it('is nothing without both ends', () => {
    expect(dayRange(undefined, '2026-03-14')).toBeUndefined();
  });
  it('names one day once', () => {
    expect(dayRange('2026-03-14', '2026-03-14')).not.toContain(' to ');
  });
  it('names the first and last day', () => {
    const text = dayRange('2026-02-27', '2026-03-14') ?? '';
    expect(text).toMatch(/2026 to .*2026/);
    expect(text).toContain('27');
    expect(text).toContain('14');
  });
});

describe('countOf', () => {
  it('uses the singular for one and groups thousands', () => {
    expect(countOf(1, 'record', 'records')).toBe('1 record');
    expect(countOf(1204, 'record', 'records')).toBe('1,204 records');
  });
});

describe('commitTotals', () => {
  it('adds what every store added, updated and removed, leaving settings out', () => {
    expect(
      commitTotals({
        entries: { added: 3, updated: 1, unchanged: 2, removed: 4 },
        checkins: { added: 5, updated: 0, unchanged: 0 },
        settings: { added: 2, updated: 0, unchanged: 0 },
      }),
    ).toEqual({ added: 8, updated: 1, removed: 4 });
    expect(commitTotals({})).toEqual({ added: 0, updated: 0, removed: 0 });
  });
});

describe('unmappedMoods', () => {
  it('lists the labels still without a Waypoint mood', () => {
    expect(unmappedMoods({ rad: 9, wonderful: undefined, good: 7, blah: undefined })).toEqual([
      'wonderful',
      'blah',
    ]);
  });
});

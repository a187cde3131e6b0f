import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type SearchableEntry, toSearchable } from '../../../../src/domain/timeline';
import { useIdleFolding } from '../../../../src/features/journal/useIdleFolding';
import { makeCheckIn, makeEntry } from '../../factories';

afterEach(cleanup);

/** Entries whose folding is counted. */
function countedEntries(count: number): { items: SearchableEntry[]; folded: Set<string> } {
  const folded = new Set<string>();
  const items = Array.from({ length: count }, (_, i) => {
    const entry = makeEntry({ id: `e${i}`, body: `Ça va ${i}` });
    const searchable = toSearchable(entry);
    return {
      entry,
      get folded() {
        folded.add(entry.id);
        return searchable.folded;
      },
    };
  });
  return { items, folded };
}

describe('useIdleFolding', () => {
  it('folds nothing before the timeline is painted', async () => {
    const { items, folded } = countedEntries(5);
    renderHook(() => useIdleFolding(false, items, []));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(folded.size).toBe(0);
  });

  it('folds every entry, in slices, once the timeline is painted', async () => {
    const { items, folded } = countedEntries(130);
    const checkIns = [makeCheckIn({ id: 'c1', note: 'Été' })];
    renderHook(() => useIdleFolding(true, items, checkIns));
    // The first slice leaves the rest for later: no single long task.
    expect(folded.size).toBe(0);
    await waitFor(() => expect(folded.size).toBe(130));
  });

  it('stops folding when the screen goes away', async () => {
    const { items, folded } = countedEntries(400);
    const hook = renderHook(() => useIdleFolding(true, items, []));
    hook.unmount();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(folded.size).toBeLessThan(400);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idsOf, promptFields } from '../../factories';
import { closeTestDatabases, openTestDatabase, type TestDatabase } from '../testDatabase';
import { describeEntityCrud } from './entityContract';

describeEntityCrud('prompts', {
  pick: (repos) => repos.prompts,
  fields: () => promptFields(),
  patch: { text: 'Where in your body do you feel hope?', retired: true, theme: 'emotions' },
});

describe('prompts queries', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
  });
  afterEach(() => closeTestDatabases());

  it('listBySource separates custom prompts from imported packs', async () => {
    const { prompts } = t.repos;
    const custom = await prompts.create(promptFields({ source: 'custom' }));
    const packA = await prompts.create(
      promptFields({ source: 'pack', packName: 'Integration circle', text: 'What surprised you?' }),
    );
    const packB = await prompts.create(
      promptFields({ source: 'pack', packName: 'Integration circle', timing: 'day-7' }),
    );

    expect(await prompts.listBySource('custom')).toEqual([custom]);
    const packs = await prompts.listBySource('pack');
    expect(idsOf(packs)).toEqual(idsOf([packA, packB]));
    expect(packs).toContainEqual(packA);
  });

  it('listBySource is empty when no prompt has that source', async () => {
    await t.repos.prompts.create(promptFields({ source: 'custom' }));
    expect(await t.repos.prompts.listBySource('pack')).toEqual([]);
  });

  it('listBySource includes retired prompts (the caller decides what to show)', async () => {
    const retired = await t.repos.prompts.create(promptFields({ retired: true }));
    expect(idsOf(await t.repos.prompts.listBySource('custom'))).toEqual([retired.id]);
  });
});

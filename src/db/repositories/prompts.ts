import type { Prompt } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** The fields kept outside the sealed payload (indexes). */
export const promptClearKeys = [
  'source',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Prompt)[];

/** Custom and imported reflection prompts (built-in prompts live in code). */
export function createPromptsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<Prompt>(context, 'prompts', promptClearKeys);
  return {
    ...createEntityRepository(store, clock),
    /** Prompts from one source. */
    listBySource: (source: Prompt['source']) => store.where('source', source),
    /** Which of these prompt ids are stored (retired ones included). */
    storedIds: async (ids: readonly string[]) =>
      (await import('../importCommit')).storedIds(context.db, 'prompts', ids),
    /**
     * Adds imported prompts whose id is not stored yet, all in one transaction (all or none);
     * stored ones, edited or retired by the user, are left as they are. Returns how many were added.
     */
    async importMany(prompts: readonly Prompt[]): Promise<number> {
      const rows = await Promise.all(prompts.map(store.toRow));
      // The import commit is loaded on first use: first paint never needs it.
      const { commitImport } = await import('../importCommit');
      const report = await commitImport(context.db, [{ table: 'prompts', rows }], 'add-missing');
      if (rows.length > 0) context.afterSave?.();
      return report.prompts?.added ?? 0;
    },
  };
}

/** The prompts repository's interface. */
export type PromptsRepository = ReturnType<typeof createPromptsRepository>;

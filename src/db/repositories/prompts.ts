import type { Prompt } from '../../domain/types';
import { commitImport, storedIds } from '../importCommit';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** Custom and imported reflection prompts (built-in prompts live in code). */
export function createPromptsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<Prompt>(context, 'prompts', ['source', 'createdAt', 'updatedAt']);
  return {
    ...createEntityRepository(store, clock),
    /** Prompts from one source. */
    listBySource: (source: Prompt['source']) => store.where('source', source),
    /** Which of these prompt ids are stored (retired ones included). */
    storedIds: (ids: readonly string[]) => storedIds(context.db, 'prompts', ids),
    /**
     * Adds imported prompts whose id is not stored yet, all in one transaction (all or none);
     * stored ones, edited or retired by the user, are left as they are. Returns how many were added.
     */
    async importMany(prompts: readonly Prompt[]): Promise<number> {
      const rows = await Promise.all(prompts.map(store.toRow));
      const report = await commitImport(context.db, [{ table: 'prompts', rows }], 'add-missing');
      if (rows.length > 0) context.afterSave?.();
      return report.prompts?.added ?? 0;
    },
  };
}

/** The prompts repository's interface. */
export type PromptsRepository = ReturnType<typeof createPromptsRepository>;

import type { Prompt } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** Custom and imported reflection prompts (built-in prompts live in code). */
export function createPromptsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<Prompt>(context, 'prompts', ['source', 'createdAt', 'updatedAt']);
  return {
    ...createEntityRepository(store, clock),
    /** Prompts from one source. */
    listBySource: (source: Prompt['source']) => store.where('source', source),
  };
}

/** The prompts repository's interface. */
export type PromptsRepository = ReturnType<typeof createPromptsRepository>;

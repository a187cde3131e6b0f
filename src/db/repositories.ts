// The repositories the app uses: the only way screens reach stored data.
import type { WaypointDexie } from './database';
import { prepareLinkedSaves, type StoreContext } from './recordStore';
import { createAssessmentsRepository } from './repositories/assessments';
import { createCheckinsRepository } from './repositories/checkins';
import { createCommitmentsRepository } from './repositories/commitments';
import { createDraftsRepository } from './repositories/drafts';
import type { RepositoryClock } from './repositories/entityRepository';
import { createEntriesRepository } from './repositories/entries';
import { createMetaRepository } from './repositories/meta';
import { createPromptsRepository } from './repositories/prompts';
import { createPromptTasksRepository } from './repositories/promptTasks';
import { createSessionsRepository } from './repositories/sessions';
import { createSettingsRepository } from './repositories/settings';
import { requestPersistenceOnce } from './storage';

/** Builds every repository over one open database. */
export function createRepositories(db: WaypointDexie, clock: RepositoryClock) {
  const meta = createMetaRepository(db);
  const context: StoreContext = {
    db,
    afterSave: () => {
      void requestPersistenceOnce(meta).catch(() => undefined);
    },
  };
  return {
    sessions: createSessionsRepository(context, clock),
    entries: createEntriesRepository(context, clock),
    checkins: createCheckinsRepository(context, clock),
    assessments: createAssessmentsRepository(context, clock),
    prompts: createPromptsRepository(context, clock),
    promptTasks: createPromptTasksRepository(context, clock),
    commitments: createCommitmentsRepository(context, clock),
    settings: createSettingsRepository(db, clock.now),
    drafts: createDraftsRepository(db, clock.now),
    meta,
    /** Readies saves that link to a session (see prepareLinkedSaves); call while a form is read. */
    prepareSaves: () => prepareLinkedSaves(db),
  };
}

/** Every repository, as the app's services context holds them. */
export type Repositories = ReturnType<typeof createRepositories>;

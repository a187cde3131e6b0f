import type { Assessment, DayString } from '../../domain/types';
import { createRecordStore, type StoreContext } from '../recordStore';
import { createEntityRepository, type RepositoryClock } from './entityRepository';

/** The fields kept outside the sealed payload (indexes and session links). */
export const assessmentClearKeys = [
  'at',
  'day',
  'createdAt',
  'updatedAt',
  'sessionId',
  'sessionLink',
] as const satisfies readonly (keyof Assessment)[];

/** Questionnaire results, with queries by session and day. */
export function createAssessmentsRepository(context: StoreContext, clock: RepositoryClock) {
  const store = createRecordStore<Assessment>(context, 'assessments', assessmentClearKeys);
  return {
    ...createEntityRepository(store, clock),
    /** Questionnaires linked to one session. */
    listBySession: (sessionId: string) => store.where('sessionId', sessionId),
    /** Questionnaires between two days, both included. */
    listBetweenDays: (from: DayString, to: DayString) => store.between('day', from, to),
  };
}

/** The assessments repository's interface. */
export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;

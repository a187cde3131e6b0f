// The words for how a commitment went, shared by Today's follow-ups and the session view.
import type { CommitmentFollowUp } from '../../domain/types';

/** Each outcome as the client reads it. */
export const outcomeLabels: Readonly<Record<CommitmentFollowUp['outcome'], string>> = {
  kept: 'Kept',
  partly: 'Partly',
  'not-yet': 'Not yet',
};

import { observable } from '../domain/observable';

/** A storage problem to show app-wide in plain words (undefined when all is well). */
export const storageNotice = observable<string | undefined>(undefined);

// The journal editor's form value, and conversions to and from entries.
import { parseTags } from '../../domain/entries';
import type { JournalEntry } from '../../domain/types';

/** What the editor holds while the user types (kept as the draft). */
export interface EntryForm extends Record<string, unknown> {
  title: string;
  body: string;
  tags: string;
  share: boolean;
  discuss: boolean;
  /** 'auto' (by phase), 'none', or a session id chosen by hand. */
  session: string;
}

/** A blank entry. */
export const emptyEntryForm: EntryForm = {
  title: '',
  body: '',
  tags: '',
  share: false,
  discuss: false,
  session: 'auto',
};

/** The form for editing an existing entry. */
export function entryToForm(entry: JournalEntry): EntryForm {
  return {
    title: entry.title ?? '',
    body: entry.body,
    tags: entry.tags.join(', '),
    share: entry.share,
    discuss: entry.discuss,
    session: entry.sessionLink === 'manual' ? (entry.sessionId ?? 'none') : 'auto',
  };
}

/** The entry fields a form describes (the session link is resolved by the caller). */
export function formToFields(form: EntryForm): Pick<
  JournalEntry,
  'body' | 'tags' | 'share' | 'discuss'
> & {
  title?: string;
} {
  const title = form.title.trim();
  const fields = {
    body: form.body,
    tags: parseTags(form.tags),
    share: form.share,
    discuss: form.discuss,
  };
  return title ? { ...fields, title } : fields;
}

/** True when the form holds nothing worth saving. */
export function isBlankForm(form: EntryForm): boolean {
  return !form.body.trim() && !form.title.trim();
}

// Crisis resources shown offline, one tap from every screen and from the lock screen.
// Defaults from product.md; the user can edit the list and add their own people.

/** One way to reach help: a phone number to call, text, or both. */
export interface CrisisResource {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly description: string;
  /** Digits and + only, used for tel: and sms: links. */
  readonly phone?: string;
  /** The number as people say it, when it differs from the digits. */
  readonly phoneLabel?: string;
  readonly canCall: boolean;
  readonly canText: boolean;
  /** What to text, when the service asks for a keyword. */
  readonly textBody?: string;
}

/** The resources every install starts with. */
export const defaultCrisisResources: readonly CrisisResource[] = [
  {
    id: 'us-988',
    name: '988 Suicide & Crisis Lifeline',
    region: 'United States',
    description: 'Call or text 988, any time.',
    phone: '988',
    canCall: true,
    canText: true,
  },
  {
    id: 'us-crisis-text-line',
    name: 'Crisis Text Line',
    region: 'United States',
    description: 'Text HOME to 741741.',
    phone: '741741',
    canCall: false,
    canText: true,
    textBody: 'HOME',
  },
  {
    id: 'us-fireside',
    name: 'Fireside Project',
    region: 'United States',
    description: 'Psychedelic peer support. Call or text 62-FIRESIDE.',
    phone: '6234737433',
    phoneLabel: '62-FIRESIDE (623-473-7433)',
    canCall: true,
    canText: true,
  },
  {
    id: 'us-911',
    name: 'Emergency services',
    region: 'United States',
    description: 'Call 911 in an emergency.',
    phone: '911',
    canCall: true,
    canText: false,
  },
  {
    id: 'ca-988',
    name: '9-8-8 Suicide Crisis Helpline',
    region: 'Canada',
    description: 'Call or text 9-8-8.',
    phone: '988',
    phoneLabel: '9-8-8',
    canCall: true,
    canText: true,
  },
  {
    id: 'uk-ie-samaritans',
    name: 'Samaritans',
    region: 'UK and Ireland',
    description: 'Call 116 123, free, any time.',
    phone: '116123',
    phoneLabel: '116 123',
    canCall: true,
    canText: false,
  },
  {
    id: 'au-lifeline',
    name: 'Lifeline',
    region: 'Australia',
    description: 'Call 13 11 14.',
    phone: '131114',
    phoneLabel: '13 11 14',
    canCall: true,
    canText: false,
  },
  {
    id: 'eu-112',
    name: 'Emergency services',
    region: 'European Union',
    description: 'Call 112 in an emergency.',
    phone: '112',
    canCall: true,
    canText: false,
  },
];

/** A tel: link for a resource, or undefined when it cannot be called. */
export function callHref(resource: CrisisResource): string | undefined {
  return resource.canCall && resource.phone ? `tel:${resource.phone}` : undefined;
}

/** An sms: link for a resource, with its keyword when it has one. */
export function textHref(resource: CrisisResource): string | undefined {
  if (!resource.canText || !resource.phone) return undefined;
  return resource.textBody
    ? `sms:${resource.phone}?body=${encodeURIComponent(resource.textBody)}`
    : `sms:${resource.phone}`;
}

// ---- Editing the list: the user's own people and services -------------------------------

/** Who a resource is, as the user chooses it in the editor. */
export type CrisisKind = 'clinic' | 'therapist' | 'support' | 'helpline' | 'other';

/** Every kind, in the order the editor offers them. */
export const crisisKinds: readonly CrisisKind[] = [
  'clinic',
  'therapist',
  'support',
  'helpline',
  'other',
];

/** How each kind reads, on the crisis screen and in the editor. */
export const crisisKindLabels: Record<CrisisKind, string> = {
  clinic: 'My clinic',
  therapist: 'My therapist',
  support: 'My support person',
  helpline: 'A helpline',
  other: 'Other',
};

/** What the add/edit form holds while the user types. */
export interface CrisisForm extends Record<string, unknown> {
  name: string;
  kind: CrisisKind;
  phone: string;
  canCall: boolean;
  canText: boolean;
  note: string;
}

/** A blank form for a new person or service. */
export const emptyCrisisForm: CrisisForm = {
  name: '',
  kind: 'therapist',
  phone: '',
  canCall: true,
  canText: false,
  note: '',
};

/** What is wrong with a form, field by field, in plain words. */
export interface CrisisFormProblems {
  name?: string;
  phone?: string;
  reach?: string;
}

/** The characters a typed phone number may hold. */
const phoneCharacters = /^[\d\s+\-()]*$/;

/** The number for tel: and sms: links: digits only, with a leading + kept for international numbers. */
export function normalisePhone(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') && digits ? `+${digits}` : digits;
}

/** What must be fixed before a form can be saved; an empty object when it is fine. */
export function validateCrisisForm(form: CrisisForm): CrisisFormProblems {
  const problems: CrisisFormProblems = {};
  if (!form.name.trim()) problems.name = 'Write a name, such as "Dr. Lee" or "My sister".';
  const phone = form.phone.trim();
  if (!phone) problems.phone = 'Write a phone number.';
  else if (!phoneCharacters.test(phone))
    problems.phone = 'A phone number can only have digits, spaces, +, - and brackets ( ).';
  else if (normalisePhone(phone).replace('+', '').length < 3)
    problems.phone = 'A phone number needs at least 3 digits.';
  if (!form.canCall && !form.canText) problems.reach = 'Choose call, text, or both.';
  return problems;
}

/** True when a form has no problems. */
export function isValidCrisisForm(form: CrisisForm): boolean {
  return Object.keys(validateCrisisForm(form)).length === 0;
}

/** The kind a resource was saved as; the built-in services count as helplines. */
export function kindOfResource(resource: CrisisResource): CrisisKind {
  const found = crisisKinds.find((kind) => crisisKindLabels[kind] === resource.region);
  return found ?? 'helpline';
}

/** The form for editing a saved resource. */
export function resourceToForm(resource: CrisisResource): CrisisForm {
  const label = resource.phoneLabel;
  const phone = label && phoneCharacters.test(label) ? label : (resource.phone ?? '');
  return {
    name: resource.name,
    kind: kindOfResource(resource),
    phone,
    canCall: resource.canCall,
    canText: resource.canText,
    note: resource.description,
  };
}

/**
 * The resource a valid form describes. When it edits `previous`, what the form cannot show is
 * kept: the region while the kind is unchanged, and the spoken number and text keyword while
 * the number is unchanged.
 */
export function formToResource(
  form: CrisisForm,
  id: string,
  previous?: CrisisResource,
): CrisisResource {
  const phone = normalisePhone(form.phone);
  const typed = form.phone.trim().replace(/\s+/g, ' ');
  const sameNumber = previous?.phone === phone;
  const region =
    previous && kindOfResource(previous) === form.kind
      ? previous.region
      : crisisKindLabels[form.kind];
  const phoneLabel =
    sameNumber && previous?.phoneLabel ? previous.phoneLabel : typed !== phone ? typed : undefined;
  const textBody = sameNumber ? previous?.textBody : undefined;
  return {
    id,
    name: form.name.trim(),
    region,
    description: form.note.trim(),
    phone,
    ...(phoneLabel ? { phoneLabel } : {}),
    canCall: form.canCall,
    canText: form.canText,
    ...(textBody ? { textBody } : {}),
  };
}

/** A copy of `list` with the item at `index` moved by `offset` places (clamped to the ends). */
export function moveItem<T>(list: readonly T[], index: number, offset: number): T[] {
  const next = [...list];
  if (index < 0 || index >= next.length) return next;
  const target = Math.min(next.length - 1, Math.max(0, index + offset));
  const [item] = next.splice(index, 1) as [T];
  next.splice(target, 0, item);
  return next;
}

/** A copy of `list` with `item` put back at `index` (or at the end when the list is shorter). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(Math.min(Math.max(0, index), next.length), 0, item);
  return next;
}

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

import { describe, expect, it } from 'vitest';
import {
  type CrisisForm,
  type CrisisResource,
  callHref,
  crisisKindLabels,
  crisisKinds,
  defaultCrisisResources,
  emptyCrisisForm,
  formToResource,
  insertAt,
  isValidCrisisForm,
  kindOfResource,
  moveItem,
  normalisePhone,
  resourceToForm,
  textHref,
  validateCrisisForm,
} from '../../../src/domain/crisis';

const resource = (overrides: Partial<CrisisResource>): CrisisResource => ({
  id: 'r',
  name: 'Resource',
  region: 'Somewhere',
  description: 'Help',
  phone: '12345',
  canCall: true,
  canText: true,
  ...overrides,
});

const byId = (id: string) => {
  const found = defaultCrisisResources.find((r) => r.id === id);
  if (!found) throw new Error(`No default resource ${id}`);
  return found;
};

describe('callHref', () => {
  it('gives a tel: link to the digits', () => {
    expect(callHref(resource({ phone: '988' }))).toBe('tel:988');
    expect(callHref(resource({ phone: '+15555550100' }))).toBe('tel:+15555550100');
  });

  it('gives no link when the resource cannot be called or has no number', () => {
    expect(callHref(resource({ canCall: false }))).toBeUndefined();
    expect(callHref(resource({ phone: undefined }))).toBeUndefined();
    expect(callHref(resource({ phone: '' }))).toBeUndefined();
  });
});

describe('textHref', () => {
  it('gives an sms: link, with the keyword as an encoded body', () => {
    expect(textHref(resource({ phone: '988' }))).toBe('sms:988');
    expect(textHref(resource({ phone: '741741', textBody: 'HOME' }))).toBe('sms:741741?body=HOME');
    expect(textHref(resource({ phone: '741741', textBody: 'I need help & now?' }))).toBe(
      'sms:741741?body=I%20need%20help%20%26%20now%3F',
    );
    expect(textHref(resource({ phone: '1', textBody: 'héllo #1' }))).toBe(
      'sms:1?body=h%C3%A9llo%20%231',
    );
  });

  it('gives no link when the resource cannot be texted or has no number', () => {
    expect(textHref(resource({ canText: false, textBody: 'HOME' }))).toBeUndefined();
    expect(textHref(resource({ phone: undefined }))).toBeUndefined();
  });
});

describe('defaultCrisisResources', () => {
  it('includes the 988 Lifeline, to call and to text', () => {
    const lifeline = byId('us-988');
    expect(callHref(lifeline)).toBe('tel:988');
    expect(textHref(lifeline)).toBe('sms:988');
  });

  it('includes Crisis Text Line: text HOME to 741741, and no call link', () => {
    const ctl = byId('us-crisis-text-line');
    expect(textHref(ctl)).toBe('sms:741741?body=HOME');
    expect(callHref(ctl)).toBeUndefined();
  });

  it('includes Fireside Project at 623-473-7433', () => {
    const fireside = byId('us-fireside');
    expect(callHref(fireside)).toBe('tel:6234737433');
    expect(textHref(fireside)).toBe('sms:6234737433');
    expect(fireside.phoneLabel).toContain('623-473-7433');
  });

  it('includes emergency and helpline numbers outside the United States', () => {
    const calls = defaultCrisisResources.map(callHref);
    expect(calls).toContain('tel:911');
    expect(calls).toContain('tel:116123');
    expect(calls).toContain('tel:131114');
    expect(calls).toContain('tel:112');
    expect(byId('uk-ie-samaritans').phoneLabel).toBe('116 123');
    expect(byId('au-lifeline').phoneLabel).toBe('13 11 14');
    expect(byId('eu-112').region).toBe('European Union');
    expect(byId('ca-988').region).toBe('Canada');
  });

  it('has unique ids, and numbers that are digits (and +) only', () => {
    const ids = defaultCrisisResources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of defaultCrisisResources) {
      expect(r.phone, r.id).toMatch(/^\+?\d+$/);
      expect(r.name.trim(), r.id).not.toBe('');
      expect(r.description.trim(), r.id).not.toBe('');
    }
  });

  it('offers a way to reach every resource', () => {
    for (const r of defaultCrisisResources) {
      expect(callHref(r) ?? textHref(r), r.id).toBeDefined();
    }
  });
});

describe('normalisePhone', () => {
  it('keeps digits only, for tel: and sms: links', () => {
    expect(normalisePhone('(555) 010-0100')).toBe('5550100100');
    expect(normalisePhone(' 13 11 14 ')).toBe('131114');
    expect(normalisePhone('9-8-8')).toBe('988');
  });

  it('keeps a leading + for international numbers, and no other +', () => {
    expect(normalisePhone('+44 116 123')).toBe('+44116123');
    expect(normalisePhone('  +1 (555) 010-0100')).toBe('+15550100100');
    expect(normalisePhone('1+2')).toBe('12');
    expect(normalisePhone('+')).toBe('');
    expect(normalisePhone('')).toBe('');
  });
});

describe('validateCrisisForm', () => {
  const form = (overrides: Partial<CrisisForm>): CrisisForm => ({
    ...emptyCrisisForm,
    name: 'Dr. Lee',
    phone: '555 010 0100',
    ...overrides,
  });

  it('accepts a name and a number with digits, spaces, +, - and brackets', () => {
    expect(validateCrisisForm(form({}))).toEqual({});
    expect(validateCrisisForm(form({ phone: '+1 (555) 010-0100' }))).toEqual({});
    expect(validateCrisisForm(form({ phone: '988' }))).toEqual({});
    expect(isValidCrisisForm(form({}))).toBe(true);
  });

  it('asks for a name and a number in plain words', () => {
    const problems = validateCrisisForm(form({ name: '   ', phone: '' }));
    expect(problems.name).toBe('Write a name, such as "Dr. Lee" or "My sister".');
    expect(problems.phone).toBe('Write a phone number.');
    expect(isValidCrisisForm(form({ name: '' }))).toBe(false);
  });

  it('refuses letters and other characters in the number', () => {
    const message = 'A phone number can only have digits, spaces, +, - and brackets ( ).';
    expect(validateCrisisForm(form({ phone: 'abc' })).phone).toBe(message);
    expect(validateCrisisForm(form({ phone: '62-FIRESIDE' })).phone).toBe(message);
    expect(validateCrisisForm(form({ phone: '555;call' })).phone).toBe(message);
    expect(validateCrisisForm(form({ phone: 'javascript:alert(1)' })).phone).toBe(message);
  });

  it('needs at least 3 digits (a leading + does not count)', () => {
    const message = 'A phone number needs at least 3 digits.';
    expect(validateCrisisForm(form({ phone: '12' })).phone).toBe(message);
    expect(validateCrisisForm(form({ phone: '+12' })).phone).toBe(message);
    expect(validateCrisisForm(form({ phone: '( - )' })).phone).toBe(message);
    expect(validateCrisisForm(form({ phone: '112' })).phone).toBeUndefined();
  });

  it('needs a way to reach them: call, text, or both', () => {
    expect(validateCrisisForm(form({ canCall: false, canText: false })).reach).toBe(
      'Choose call, text, or both.',
    );
    expect(validateCrisisForm(form({ canCall: false, canText: true }))).toEqual({});
  });
});

describe('formToResource and resourceToForm', () => {
  it('builds a resource whose links use digits and + only', () => {
    const lee = formToResource(
      {
        name: '  Dr. Lee ',
        kind: 'therapist',
        phone: '+1 (555) 010-0100',
        canCall: true,
        canText: true,
        note: ' Weekdays ',
      },
      'lee',
    );
    expect(lee).toEqual({
      id: 'lee',
      name: 'Dr. Lee',
      region: 'My therapist',
      description: 'Weekdays',
      phone: '+15550100100',
      phoneLabel: '+1 (555) 010-0100',
      canCall: true,
      canText: true,
    });
    expect(callHref(lee)).toBe('tel:+15550100100');
    expect(textHref(lee)).toBe('sms:+15550100100');
  });

  it('adds no spoken label when the number is typed as digits', () => {
    const r = formToResource({ ...emptyCrisisForm, name: 'Sam', phone: '5550100' }, 'sam');
    expect(r.phoneLabel).toBeUndefined();
    expect(r.region).toBe(crisisKindLabels.therapist);
  });

  it('round-trips a user resource through the form', () => {
    const form: CrisisForm = {
      name: 'Ana',
      kind: 'support',
      phone: '555 0100',
      canCall: false,
      canText: true,
      note: 'My sister',
    };
    const saved = formToResource(form, 'ana');
    expect(resourceToForm(saved)).toEqual(form);
    expect(kindOfResource(saved)).toBe('support');
  });

  it('keeps what the form cannot show when a default is edited without changing it', () => {
    const ctl = byId('us-crisis-text-line');
    const again = formToResource(resourceToForm(ctl), ctl.id, ctl);
    expect(again).toEqual(ctl);
    const fireside = byId('us-fireside');
    expect(resourceToForm(fireside).phone).toBe('6234737433');
    expect(formToResource(resourceToForm(fireside), fireside.id, fireside)).toEqual(fireside);
    expect(kindOfResource(fireside)).toBe('helpline');
  });

  it('drops the old keyword and spoken label when the number changes', () => {
    const ctl = byId('us-crisis-text-line');
    const changed = formToResource({ ...resourceToForm(ctl), phone: '555 0199' }, ctl.id, ctl);
    expect(changed.textBody).toBeUndefined();
    expect(changed.phoneLabel).toBe('555 0199');
    expect(textHref(changed)).toBe('sms:5550199');
  });

  it('takes the kind label as region when the kind changes', () => {
    const r = formToResource(
      { ...resourceToForm(byId('us-988')), kind: 'clinic' },
      'us-988',
      byId('us-988'),
    );
    expect(r.region).toBe('My clinic');
  });

  it('offers every kind with a label', () => {
    expect(crisisKinds.map((k) => crisisKindLabels[k])).toEqual([
      'My clinic',
      'My therapist',
      'My support person',
      'A helpline',
      'Other',
    ]);
  });
});

describe('moveItem and insertAt', () => {
  const list = ['a', 'b', 'c', 'd'] as const;

  it('moves an item up or down without changing the original', () => {
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 3, -3)).toEqual(['d', 'a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops at the ends and ignores an index outside the list', () => {
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem(list, 3, 1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem(list, 7, -1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveItem(list, -1, 1)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts an item back where it was, or at the end of a shorter list', () => {
    expect(insertAt(['a', 'c'], 1, 'b')).toEqual(['a', 'b', 'c']);
    expect(insertAt(['a'], 5, 'b')).toEqual(['a', 'b']);
    expect(insertAt([], 0, 'a')).toEqual(['a']);
  });
});

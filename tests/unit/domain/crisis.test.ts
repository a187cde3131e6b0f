import { describe, expect, it } from 'vitest';
import {
  type CrisisResource,
  callHref,
  defaultCrisisResources,
  textHref,
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

import { describe, expect, it } from 'vitest';
import { journalMarkdown } from '../../../src/export/journalMarkdown';
import { monthData, session1 } from '../domain/summary/summaryFixture';
import { makeEntry } from '../factories';

describe('My journal', () => {
  it('writes every entry, oldest first, bodies exactly as typed', () => {
    const markdown = journalMarkdown(monthData.entries, monthData.sessions);
    expect(
      markdown.startsWith('# My journal\n\n*Every entry · 5 entries*\n\n## 1 Sep 2026 · Old'),
    ).toBe(true);
    // Private entries are in: this file is for the client alone.
    expect(markdown).toContain('SECRET-BODY nobody else reads this.');
    expect(markdown.indexOf('Old')).toBeLessThan(markdown.indexOf('The morning after'));
  });

  it('keeps the writing exactly, Markdown and every script included', () => {
    const body = '- a list I wrote\n<b>not html</b>\n\nשלום مرحبا 今日は 🌊';
    const entry = makeEntry({
      id: 'mine',
      day: '2026-11-03',
      title: 'Mine',
      body,
      tags: ['sleep', 'family'],
      sessionId: session1.id,
      share: true,
      discuss: false,
    });
    expect(journalMarkdown([entry], monthData.sessions)).toBe(
      `# My journal\n\n*Every entry · 1 entry*\n\n## 3 Nov 2026 · Mine\n\n*Session 1 · Tags: sleep, family · Shared with my therapist*\n\n${body}\n`,
    );
  });

  it('keeps to a range when one is given', () => {
    const markdown = journalMarkdown(monthData.entries, monthData.sessions, {
      from: '2026-11-04',
      to: '2026-11-05',
    });
    expect(markdown).toContain('*4 Nov 2026 – 5 Nov 2026 · 2 entries*');
    expect(markdown).not.toContain('OLD-BODY');
    expect(markdown).not.toContain('The morning after');
  });
});

// The summary as Markdown (a .md file) and as plain text (for "Copy as text"), both written
// from the same PrintableDocument the preview shows. ESCAPING POLICY: the client's words are
// kept exactly, except what would change the Markdown's structure: `<` is escaped (no raw
// HTML), a backslash before punctuation is doubled, a line that would start a heading, quote
// or list gets a backslash, and in table cells `|` is escaped and line breaks become spaces.
// Plain text is never escaped.
import { dayLabel } from '../domain/summary/labels';
import type { Summary } from '../domain/summary/types';
import type { DocumentBlock, PrintableDocument } from './document';
import { summaryDocument } from './summaryDocument';

const lineStart = /^(\s*)([#>+\-*=]|\d+[.)])/;

/** A line of user text made safe to place in Markdown, otherwise unchanged. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/</g, '\\<')
    .split('\n')
    .map((line) => line.replace(lineStart, '$1\\$2'))
    .join('\n');
}

const cell = (text: string) => escapeMarkdown(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');

function chartRows(block: Extract<DocumentBlock, { kind: 'chart' }>): string[][] {
  const sessions = new Map<string, string[]>();
  for (const m of block.markers) sessions.set(m.day, [...(sessions.get(m.day) ?? []), m.label]);
  const days = [...new Set([...block.points.map((p) => p.day), ...sessions.keys()])].sort();
  return days.map((day) => [
    dayLabel(day),
    String(block.points.find((p) => p.day === day)?.value ?? '–'),
    (sessions.get(day) ?? []).join(', '),
  ]);
}

const chartColumns = ['Day', 'Mood', 'Session'];

function markdownBlock(block: DocumentBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      if (block.style === 'quote') return `> ${escapeMarkdown(block.text)}`;
      if (block.style === 'muted') return `*${escapeMarkdown(block.text)}*`;
      return escapeMarkdown(block.text);
    case 'list':
      return block.items
        .map((item) => `- ${escapeMarkdown(item).replace(/\n/g, '\n  ')}`)
        .join('\n');
    case 'table':
      return markdownTable(block.columns, block.rows);
    case 'chart':
      return `${escapeMarkdown(block.label)}\n\n${markdownTable(chartColumns, chartRows(block))}`;
  }
}

function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** A printable document as Markdown. */
export function documentToMarkdown(doc: PrintableDocument): string {
  const parts = [
    `# ${escapeMarkdown(doc.title)}`,
    `*${escapeMarkdown(doc.rangeLabel)}*`,
    ...doc.blocks.map(markdownBlock),
    '---',
    `*${escapeMarkdown(doc.footer)}*`,
  ];
  return `${parts.join('\n\n')}\n`;
}

function plainBlock(block: DocumentBlock): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? block.text.toUpperCase() : block.text;
    case 'paragraph':
      return block.style === 'quote' ? `> ${block.text}` : block.text;
    case 'list':
      return block.items.map((item) => `• ${item}`).join('\n');
    case 'table':
      return plainTable(block.columns, block.rows);
    case 'chart':
      return `${block.label}\n${plainTable(chartColumns, chartRows(block))}`;
  }
}

function plainTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => {
      const [first = '', ...rest] = row;
      const details = rest
        .map((value, i) => (value ? `${(columns[i + 1] ?? '').toLowerCase()} ${value}` : ''))
        .filter(Boolean);
      return `• ${first}${details.length ? `: ${details.join(', ')}` : ''}`;
    })
    .join('\n');
}

/** A printable document as plain text, for pasting anywhere. */
export function documentToPlainText(doc: PrintableDocument): string {
  return `${[doc.title, doc.rangeLabel, ...doc.blocks.map(plainBlock), doc.footer].join('\n\n')}\n`;
}

/** The summary as Markdown. */
export function summaryMarkdown(summary: Summary): string {
  return documentToMarkdown(summaryDocument(summary));
}

/** The summary as plain text. */
export function summaryPlainText(summary: Summary): string {
  return documentToPlainText(summaryDocument(summary));
}

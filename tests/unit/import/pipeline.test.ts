import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/import/limits';
import {
  detectFormat,
  type ExistingRecords,
  type ImportFormat,
  type ImportSource,
  readImport,
} from '../../../src/import/pipeline';
import { sourceFromBlob, sourceFromText } from '../../../src/import/source';
import { validateWith } from '../../../src/import/validate';

const noneStored: ExistingRecords = { present: async () => new Set() };

/** A tiny line-based format for exercising the stages: "NOTE" then one note per line. */
const noteSchema = v.array(
  v.pipe(v.string(), v.nonEmpty('%s is empty.'), v.maxLength(10, '%s is too long.')),
);
const notesFormat: ImportFormat<string[], { count: number }> = {
  id: 'notes',
  label: 'a notes file',
  maxBytes: 100,
  detect: (name, head) =>
    head.startsWith('NOTE\n') ? 'certain' : name.endsWith('.notes') ? 'possible' : 'no',
  parse: (text) =>
    text.startsWith('NOTE\n')
      ? { ok: true, value: text.slice(5).split('\n') }
      : { ok: false, problems: ['The first line should say NOTE.'] },
  validate: (data) =>
    validateWith(noteSchema, data, {
      subject: (path) => (typeof path[0] === 'number' ? `Line ${path[0] + 2}` : 'The file'),
      field: (key) => key,
    }),
  preview: async (notes) => ({ count: notes.length }),
};

/** A source that records which stages read it. */
function spySource(name: string, size: number, text: string) {
  const source: ImportSource = {
    name,
    size,
    head: vi.fn(async () => text.slice(0, 20)),
    text: vi.fn(async () => text),
  };
  return source;
}

describe('readImport, the one import pipeline', () => {
  it('runs detect, size, parse, validate and preview, in that order, for a good file', async () => {
    const result = await readImport(
      sourceFromText('a.notes', 'NOTE\none\ntwo'),
      [notesFormat],
      noneStored,
    );
    expect(result).toEqual({
      ok: true,
      format: notesFormat,
      data: ['one', 'two'],
      preview: { count: 2 },
    });
  });

  it('refuses a file larger than its format allows without reading it', async () => {
    const source = spySource('big.notes', 101, 'NOTE\nfine');
    const result = await readImport(source, [notesFormat], noneStored);
    expect(result).toMatchObject({ ok: false, stage: 'size' });
    if (result.ok) return;
    expect(result.problem).toBe(
      '“big.notes” is 101 bytes; a notes file can be at most 100 bytes. Nothing was imported.',
    );
    expect(source.text).not.toHaveBeenCalled();
  });

  it('refuses anything over the general 100 MB limit before even looking at it', async () => {
    const source = spySource('huge.notes', MAX_IMPORT_BYTES + 1, 'NOTE\n');
    const result = await readImport(source, [notesFormat], noneStored);
    expect(result).toMatchObject({ ok: false, stage: 'size' });
    if (!result.ok) expect(result.problem).toContain('Waypoint imports files up to 100 MB');
    expect(source.head).not.toHaveBeenCalled();
    expect(source.text).not.toHaveBeenCalled();
  });

  it('says an empty file is empty', async () => {
    const result = await readImport(sourceFromText('a.notes', ''), [notesFormat], noneStored);
    expect(result).toMatchObject({
      ok: false,
      stage: 'size',
      problem: expect.stringContaining('is empty'),
    });
  });

  it('names what it can import when no format recognises the file', async () => {
    const result = await readImport(sourceFromText('photo.jpg', 'JFIF'), [notesFormat], noneStored);
    expect(result).toMatchObject({
      ok: false,
      stage: 'detect',
      problem: '“photo.jpg” is not a notes file. Nothing was imported.',
    });
  });

  it('prefers a format that is certain over one that only guesses from the name', () => {
    const guesser: ImportFormat<string[], { count: number }> = {
      ...notesFormat,
      id: 'guesser',
      detect: () => 'possible',
    };
    expect(detectFormat('x.notes', 'NOTE\n', [guesser, notesFormat])).toBe(notesFormat);
    expect(detectFormat('x.notes', 'other', [guesser, notesFormat])).toBe(guesser);
  });

  it('stops at the parse stage with the parser’s words', async () => {
    const result = await readImport(sourceFromText('a.notes', 'nope'), [notesFormat], noneStored);
    expect(result).toMatchObject({
      ok: false,
      stage: 'parse',
      problem: 'The first line should say NOTE.',
    });
  });

  it('stops at validation, naming where each problem is, first problem first', async () => {
    const text = 'NOTE\nfine\n\nmuch too long here';
    const result = await readImport(sourceFromText('a.notes', text), [notesFormat], noneStored);
    expect(result).toEqual({
      ok: false,
      stage: 'validate',
      problem: 'Line 3 is empty.',
      more: ['Line 4 is too long.'],
    });
  });

  it('lists a few problems and counts the rest', async () => {
    const text = `NOTE\n${Array.from({ length: 9 }, () => '').join('\n')}`;
    const lines = text.split('\n').length - 1;
    const result = await readImport(sourceFromText('a.notes', text), [notesFormat], noneStored);
    if (result.ok) throw new Error('expected a problem');
    expect(result.problem).toBe('Line 2 is empty.');
    expect(result.more).toHaveLength(5);
    expect(result.more.at(-1)).toBe(`…and ${lines - 5} more.`);
  });

  it('turns a read failure into words', async () => {
    const source: ImportSource = {
      name: 'gone.notes',
      size: 10,
      head: async () => 'NOTE\n',
      text: async () => {
        throw new DOMException('The file was moved', 'NotReadableError');
      },
    };
    const result = await readImport(source, [notesFormat], noneStored);
    expect(result).toMatchObject({ ok: false, stage: 'read' });
    if (!result.ok) expect(result.problem).toContain('“gone.notes” could not be read');
  });

  it('never throws past the importer when a parser or validator has a bug', async () => {
    const broken: ImportFormat<string[], { count: number }> = {
      ...notesFormat,
      validate: () => {
        throw new TypeError('boom');
      },
    };
    const result = await readImport(sourceFromText('a.notes', 'NOTE\nx'), [broken], noneStored);
    expect(result).toMatchObject({
      ok: false,
      stage: 'validate',
      problem: 'This file could not be understood. Nothing was imported.',
    });
  });

  it('reads a picked file lazily: its size from the file, its head from a slice', async () => {
    const file = new File(['NOTE\na file'], 'picked.notes', { type: 'text/plain' });
    const source = sourceFromBlob(file, file.name);
    expect(source.size).toBe(file.size);
    expect(await source.head()).toBe('NOTE\na file');
    const result = await readImport(source, [notesFormat], noneStored);
    expect(result).toMatchObject({ ok: true, data: ['a file'] });
  });

  it('measures text sources in UTF-8 bytes, as a file would be', () => {
    expect(sourceFromText('x', 'é🌊').size).toBe(2 + 4);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defuseCell, toCsv } from '../../../src/export/csv';
import { parseCsv, stripFormulaGuard } from '../../../src/import/csv';

/** The table of a text that must parse. */
function table(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`Expected a table: ${result.problems.join(' ')}`);
  return result.value;
}

describe('parseCsv', () => {
  it('reads the header and rows, numbering rows as a spreadsheet does (header = row 1)', () => {
    const { header, rows } = table('a,b\n1,2\n3,4\n');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 3, cells: { a: '3', b: '4' } },
    ]);
  });

  it('drops a byte-order mark and reads CRLF records', () => {
    const { header, rows } = table('\uFEFFname,note\r\nAda,hello\r\nBo,bye\r\n');
    expect(header).toEqual(['name', 'note']);
    expect(rows.map((row) => row.cells)).toEqual([
      { name: 'Ada', note: 'hello' },
      { name: 'Bo', note: 'bye' },
    ]);
  });

  it('keeps quoted cells with line breaks, doubled quotes and commas as one row', () => {
    const text = 'id,note\r\n1,"first line\r\nsecond, with a comma\nsaid ""hi"""\r\n2,plain\r\n';
    const { rows } = table(text);
    expect(rows).toEqual([
      { line: 2, cells: { id: '1', note: 'first line\r\nsecond, with a comma\nsaid "hi"' } },
      { line: 3, cells: { id: '2', note: 'plain' } },
    ]);
  });

  it('passes over blank lines but still counts them', () => {
    const { rows } = table('a\n1\n\n2\n');
    expect(rows.map((row) => [row.line, row.cells.a])).toEqual([
      [2, '1'],
      [4, '2'],
    ]);
  });

  it('reads missing cells as empty and marks a row with more cells than the header', () => {
    const { rows } = table('a,b\n1\n1,2,3\n1,2,\n');
    expect(rows[0]).toEqual({ line: 2, cells: { a: '1', b: '' } });
    expect(rows[1]?.problem).toBe('it has 3 cells but the header names 2');
    // A trailing empty cell is what many exporters write: not a problem.
    expect(rows[2]?.problem).toBeUndefined();
  });

  it('refuses an empty file, or one holding only a byte-order mark and blank lines', () => {
    for (const text of ['', '\uFEFF', '\uFEFF\r\n\r\n', '   \n']) {
      const result = parseCsv(text);
      expect(result).toEqual({
        ok: false,
        problems: ['The file is empty. Nothing was imported.'],
      });
    }
  });

  it('refuses a file whose quoted cell never ends (cut off), saying where', () => {
    const result = parseCsv('a,b\n1,2\n3,"cut off here\n4,5\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toContain('A quoted cell in row 3 never ends');
    expect(result.problems[0]).toContain('Nothing was imported.');
  });

  it('keeps emoji and right-to-left text exactly', () => {
    const note = 'שלום 🌿 مرحبا, 👩🏽‍⚕️';
    const { rows } = table(`note\n"${note}"\n`);
    expect(rows[0]?.cells.note).toBe(note);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseCsv(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('stripFormulaGuard', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+1", '+1'],
    ["'-1", '-1'],
    ["'@cmd", '@cmd'],
    ["'\tindented", '\tindented'],
    ["'\rreturn", '\rreturn'],
    ["'  =spaced", '  =spaced'],
  ])('strips the guard from %j', (cell, original) => {
    expect(stripFormulaGuard(cell)).toBe(original);
  });

  it.each(["'quoted word'", "it's", '=SUM(A1)', "''", "'", '', 'plain'])(
    'leaves %j alone',
    (cell) => {
      expect(stripFormulaGuard(cell)).toBe(cell);
    },
  );

  it("undoes Waypoint's own CSV export: a defused cell parses back to the original", () => {
    const notGuardedAlready = (cell: string) => !/^' *[=+\-@\t\r]/.test(cell);
    fc.assert(
      fc.property(
        fc.array(fc.string().filter(notGuardedAlready), { minLength: 1, maxLength: 5 }),
        (cells) => {
          const header = cells.map((_, i) => `c${i}`);
          const { rows } = table(toCsv([header, cells]));
          const back = header.map((name) => stripFormulaGuard(rows[0]?.cells[name] ?? ''));
          // A row of only empty or blank cells is passed over as a blank line.
          if (cells.every((cell) => cell.trim() === '')) return;
          expect(back).toEqual(cells);
          expect(cells.map((cell) => stripFormulaGuard(defuseCell(cell)))).toEqual(cells);
        },
      ),
    );
  });
});

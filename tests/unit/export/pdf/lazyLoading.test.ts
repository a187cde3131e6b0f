// @vitest-environment node
// The PDF renderer (pdf-lib, fontkit, bidi-js and the font) must stay out of the first-load
// bundle: outside src/export/pdf it may only be reached through import(). The built bundle is
// checked by the budget project; this catches a static import as soon as it is written.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

it('reaches the PDF renderer and its libraries only through import() outside src/export/pdf', () => {
  const staticImport =
    /^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]*(?:export\/pdf\/|\/pdf\/)[^'"]*|pdf-lib|@pdf-lib\/fontkit|bidi-js)['"]/gm;
  const offenders: string[] = [];
  const files = sourceFiles(join(root, 'src'));
  for (const file of files) {
    const path = relative(root, file);
    if (path.startsWith(join('src', 'export', 'pdf'))) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(staticImport)) {
      // Type-only imports vanish from the bundle.
      if (/^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
      offenders.push(`${path}: ${match[1]}`);
    }
  }
  expect(files.length).toBeGreaterThan(20);
  expect(offenders).toEqual([]);
});

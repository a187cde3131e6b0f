// `npm run heavy-user [-- <file>]`: writes the heavy user of performance.md (five years, seeded)
// as a Waypoint backup file that Settings → "Restore or import" takes like any other backup.
// The generator is TypeScript shared with the tests; Vite's SSR loader runs it as it is.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withTypeScriptModules } from './typescriptModules.mjs';

const out = resolve(process.argv[2] ?? 'waypoint-heavy-user-backup.json');
await withTypeScriptModules('heavy-user', async (load) => {
  const { heavyUserBackup, HEAVY_USER_SEED } = await load('/tests/support/heavyUserBackup.ts');
  const { serializeBackup } = await load('/src/export/backup.ts');
  const file = heavyUserBackup(HEAVY_USER_SEED);
  const text = serializeBackup(file);
  writeFileSync(out, text);
  const records = Object.values(file.records).reduce((sum, list) => sum + list.length, 0);
  const megabytes = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  console.log(`Wrote ${records.toLocaleString('en-US')} records (${megabytes} MB) to ${out}`);
});

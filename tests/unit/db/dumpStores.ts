// Every store of a database exactly as it rests in IndexedDB, as comparable text (bytes as hex),
// read with raw `idb`: "the database is byte-for-byte unchanged" compares two of these.
import { schemaV1, type TableName } from '../../../src/db/schema';
import { readRawRows } from './testDatabase';

const tables = Object.keys(schemaV1) as TableName[];

/** The raw content of every store (meta included), rows in key order, bytes as hex. */
export async function dumpStores(name: string): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const table of tables) {
    const rows = await readRawRows(name, table);
    dump[table] = JSON.stringify(rows, (_key, value) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? `hex:${Buffer.from(value as Uint8Array).toString('hex')}`
        : value === undefined
          ? '(undefined)'
          : value,
    );
  }
  return dump;
}

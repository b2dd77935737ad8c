import { type DocumentCipher, type DocumentStore, documentTypeOfStart } from '@dsp/subgraph-kit';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Supporting documents in backups. The objects are copied as the store holds
 * them, already encrypted with the document key (the backup key does not
 * encrypt them again), under `<dir>/<key>`, 0600 files in 0700 folders; the
 * database's `document` rows, which name them, are in the database backup.
 */
export async function backupDocuments(store: DocumentStore, prefix: string, dir: string): Promise<number> {
  const objects = await store.list(`${prefix}/`);
  for (const object of objects) {
    const stored = await store.get(object.key);
    if (stored === null) continue;
    const file = path.join(dir, ...object.key.split('/'));
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, stored, { mode: 0o600 });
  }
  return objects.length;
}

/** Puts every object of a documents backup back into the store; the number put. */
export async function restoreDocuments(store: DocumentStore, dir: string): Promise<number> {
  let count = 0;
  const walk = async (folder: string, keyPrefix: string): Promise<void> => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const key = keyPrefix ? `${keyPrefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(folder, entry.name), key);
      else {
        await store.put(key, readFileSync(path.join(folder, entry.name)));
        count += 1;
      }
    }
  };
  await walk(dir, '');
  return count;
}

export interface DocumentCheck {
  checked: number;
  /** Documents whose object is not in the store. */
  missing: string[];
  /** Documents whose object does not decrypt to a document with this key. */
  unreadable: string[];
}

/**
 * Checks every document the database at `ownerUrl` names: its object is in
 * the store and its first block decrypts, with this key, to the start of a
 * PDF, JPEG or PNG (cheap per object: the whole file is authenticated when
 * downloaded).
 */
export async function checkDocuments(
  ownerUrl: string,
  store: DocumentStore,
  cipher: DocumentCipher,
): Promise<DocumentCheck> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  let rows: Array<{ id: string; object_key: string }> = [];
  try {
    // A service without documents (yet) has no such table.
    const [table] = (
      await client.query<{ exists: boolean }>("SELECT to_regclass('public.document') IS NOT NULL AS exists")
    ).rows;
    if (table?.exists)
      rows = (await client.query<{ id: string; object_key: string }>('SELECT id, object_key FROM document ORDER BY id'))
        .rows;
  } finally {
    await client.end();
  }
  const result: DocumentCheck = { checked: rows.length, missing: [], unreadable: [] };
  for (const row of rows) {
    const stored = await store.get(row.object_key);
    if (stored === null) {
      result.missing.push(row.id);
      continue;
    }
    // A wrong key decrypts to noise: a document's first bytes tell.
    let readable: boolean;
    try {
      readable = documentTypeOfStart(cipher.decryptStart(row.object_key, stored)) !== null;
    } catch {
      readable = false;
    }
    if (!readable) result.unreadable.push(row.id);
  }
  return result;
}

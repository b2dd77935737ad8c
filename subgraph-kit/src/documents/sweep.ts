import type { DocumentStore } from './store';

/**
 * Deletes the stored objects under `prefix` that no document names and that
 * are older than `olderThanMs`: the bytes of uploads never attached (a
 * crash, or a user who gave up, between upload and attach). Younger objects
 * may belong to a ticket still in use. `named` answers which of the given
 * keys a document (or a live ticket) still names. Returns the keys deleted.
 */
export async function sweepOrphanObjects(
  store: DocumentStore,
  prefix: string,
  olderThanMs: number,
  named: (keys: string[]) => Promise<Set<string>>,
  now = Date.now(),
): Promise<string[]> {
  const old = (await store.list(`${prefix}/`))
    .filter((object) => now - object.lastModified.getTime() > olderThanMs)
    .map((object) => object.key);
  if (old.length === 0) return [];
  const kept = await named(old);
  const orphans = old.filter((key) => !kept.has(key));
  for (const key of orphans) await store.delete(key);
  return orphans;
}

import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import type { RequestScope } from './request-scope';

/**
 * Putting a batched query's rows back in the order of a DataLoader's keys:
 * one row (or null) per key, or the list of rows per key.
 */
export function byKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): Array<T | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

export function groupedByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Keys that cannot be UUIDs name nothing: they are answered null without reaching a uuid column. */
export async function byUuid<T>(
  keys: readonly string[],
  fetch: (ids: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<Array<T | null>> {
  const ids = keys.filter(isUuid);
  return byKey(keys, ids.length > 0 ? await fetch(ids) : [], keyOf);
}

/** Runs `work` with a repository bound to the request's transaction (a loader's batch function). */
export async function using<R, T>(
  db: RequestScope,
  Repository: new (manager: EntityManager) => R,
  work: (repository: R) => Promise<T>,
): Promise<T> {
  return work(new Repository(await db.manager()));
}

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

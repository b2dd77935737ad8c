/**
 * For a row that a foreign key guarantees: its absence is a bug, reported as
 * an internal (masked) error rather than a null the schema does not allow.
 */
export async function required<T>(found: Promise<T | null>, what: string, key: string): Promise<T> {
  const value = await found;
  if (value === null) throw new Error(`${what} ${key} is referenced but missing.`);
  return value;
}

/** A recorded state as the contract shows it: JSON text, or null when there was none (before a creation). */
export function stateAsJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

declare module 'pg/lib/utils' {
  /** How node-postgres sends a JavaScript value as a text parameter: null, a Buffer (bytea) or its text. */
  export function prepareValue(value: unknown): string | Buffer | null;
}

import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '@dsp/common';
import type { Caller } from '@dsp/common';

/**
 * The table each service's migration creates for idempotency keys (the SQL is
 * here so both services create the same one):
 * a key is scoped to its caller and operation; the request's hash tells a
 * retry (same payload: the first result is returned) from a reuse (another
 * payload: refused).
 */
export const IDEMPOTENCY_TABLE_SQL = `
  CREATE TABLE idempotency_key (
    caller_sub text NOT NULL,
    key text NOT NULL,
    operation text NOT NULL,
    request_hash text NOT NULL,
    result jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller_sub, operation, key)
  )`;

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(typeof value === 'bigint' ? value.toString() : value) ?? 'null';
}

/**
 * Runs a creating mutation at most once per (caller, operation, key). Call it
 * inside the mutation's transaction: concurrent duplicates wait on the key's
 * row lock, and the loser returns the winner's result. `work` returns the
 * JSON-serialisable result a retry will get back.
 */
export async function oncePerKey<T>(
  manager: EntityManager,
  caller: Caller,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  work: () => Promise<T>,
): Promise<T> {
  if (key === null || key === undefined) return work();
  if (!KEY_PATTERN.test(key)) {
    throw new BadUserInputError(
      'idempotencyKey',
      'An idempotency key is 8 to 100 letters, digits or . _ : - characters (a UUID is ideal).',
    );
  }
  const hash = createHash('sha256').update(stableJson(input)).digest('hex');
  // Take the key first: a concurrent request with the same key blocks here
  // until this transaction ends, then sees the stored result.
  const claimed = await manager.query<unknown[]>(
    `INSERT INTO idempotency_key (caller_sub, key, operation, request_hash, result) VALUES ($1, $2, $3, $4, 'null'::jsonb)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [caller.sub, key, operation, hash],
  );
  if (claimed.length === 0) {
    const [previous] = await manager.query<{ request_hash: string; result: T }[]>(
      'SELECT request_hash, result FROM idempotency_key WHERE caller_sub = $1 AND operation = $2 AND key = $3',
      [caller.sub, operation, key],
    );
    if (!previous || previous.request_hash !== hash) {
      throw new ConflictError(
        'This idempotency key was already used for a different request; use a new key for a new request.',
      );
    }
    return previous.result;
  }
  const result = await work();
  await manager.query('UPDATE idempotency_key SET result = $4 WHERE caller_sub = $1 AND operation = $2 AND key = $3', [
    caller.sub,
    operation,
    key,
    JSON.stringify(result, (_name, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  ]);
  return result;
}

import { QueryFailedError, type EntityManager } from 'typeorm';
import { ConflictError } from '@dsp/common';

/**
 * Applies an UPDATE only if the row is still at `expectedVersion`, bumping
 * the version: a stale update (someone changed the row since the caller read
 * it) is refused with CONFLICT instead of silently overwriting. TypeORM's
 * save() does not check this, so writes that change state go through here.
 * `set` is SQL assignments using $3, $4... for `values`; `keyColumn` names
 * the primary key when it is not `id` (an officer's matricule).
 */
export async function updateVersioned(
  manager: EntityManager,
  table: string,
  id: string,
  expectedVersion: number,
  set: string,
  values: unknown[] = [],
  keyColumn = 'id',
): Promise<void> {
  const result = await manager.query<[unknown[], number]>(
    `UPDATE ${table} SET ${set}, version = version + 1, updated_at = now() WHERE ${keyColumn} = $1 AND version = $2`,
    [id, expectedVersion, ...values],
  );
  if (result[1] !== 1)
    throw new ConflictError(`This ${table.replace(/_/g, ' ')} was changed by someone else; reload it and try again.`);
}

/**
 * Whether a write failed on a unique constraint (SQLSTATE 23505): another
 * write of the same thing committed first, which the caller turns into the
 * error its user should see.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}

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
  await updateVersionedReturning(manager, table, id, expectedVersion, set, values, '1', keyColumn);
}

/**
 * updateVersioned, answering with `columns` of the row as the update left
 * it (`RETURNING`), where a write needs the row after its change: one
 * statement instead of the update and a read.
 */
export async function updateVersionedReturning<Row>(
  manager: EntityManager,
  table: string,
  id: string,
  expectedVersion: number,
  set: string,
  values: unknown[],
  columns: string,
  keyColumn = 'id',
): Promise<Row> {
  // An UPDATE through query() answers [rows, count].
  const [rows, count] = await manager.query<[Row[], number]>(
    `UPDATE ${table} SET ${set}, version = version + 1, updated_at = now() WHERE ${keyColumn} = $1 AND version = $2 RETURNING ${columns}`,
    [id, expectedVersion, ...values],
  );
  const [row] = rows;
  if (count !== 1 || row === undefined)
    throw new ConflictError(`This ${table.replace(/_/g, ' ')} was changed by someone else; reload it and try again.`);
  return row;
}

/**
 * Whether a write failed on a unique constraint (SQLSTATE 23505): another
 * write of the same thing committed first, which the caller turns into the
 * error its user should see.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}

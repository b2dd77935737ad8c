import type { EntityManager } from 'typeorm';
import { type AuditAction, type Caller, checkRegion, cursorCodec, formatMoney, pageSize } from '@dsp/common';

/**
 * The append-only audit table each service's migration creates (the same
 * SQL in both), followed by revoking UPDATE, DELETE and TRUNCATE from the
 * application role: every state change writes one row here in the same
 * transaction as the change, and nobody rewrites history.
 */
export const AUDIT_TABLE_SQL = `
  CREATE TABLE audit_record (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_sub text NOT NULL,
    actor_role text NOT NULL,
    actor_region text,
    entity text NOT NULL,
    entity_id text NOT NULL,
    region_code text,
    action text NOT NULL,
    before jsonb,
    after jsonb
  );
  CREATE INDEX audit_record_entity_idx ON audit_record (entity, entity_id, id);
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC;
  DO $$
  DECLARE grantee_name text;
  BEGIN
    FOR grantee_name IN
      SELECT DISTINCT grantee FROM information_schema.role_table_grants
      WHERE table_schema = 'public' AND table_name = 'audit_record' AND grantee <> current_user AND grantee <> 'PUBLIC'
    LOOP
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_record FROM %I', grantee_name);
    END LOOP;
  END $$;`;

/**
 * The index the latest changes of one region are read by (readRecentAuditRecords), newest first; both
 * services' audit tables get it in a migration of their own (AuditRegionIndex).
 */
export const AUDIT_REGION_INDEX_SQL = 'CREATE INDEX audit_record_region_idx ON audit_record (region_code, id)';

export interface AuditEntry {
  entity: string;
  entityId: string;
  /** The region the record belongs to, for who may read the trail. */
  regionCode: string | null;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

const json = (value: unknown): string | null =>
  value === undefined || value === null
    ? null
    : JSON.stringify(value, (_name, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));

/** Records one state change, in the caller's transaction (`manager`). */
export async function writeAudit(manager: EntityManager, caller: Caller, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_record (actor_sub, actor_role, actor_region, entity, entity_id, region_code, action, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      caller.sub,
      caller.role,
      caller.region,
      entry.entity,
      entry.entityId,
      entry.regionCode,
      entry.action,
      json(entry.before),
      json(entry.after),
    ],
  );
}

/** One row of the audit table, as both services read it back. */
export interface AuditRecordRow extends AuditEntry {
  id: string;
  at: Date;
  actorSub: string;
  actorRole: string;
  actorRegion: string | null;
}

/** An audit row as both services read it back (AuditRecordRow). */
const AUDIT_RECORD_COLUMNS = `id::text, at, actor_sub AS "actorSub", actor_role AS "actorRole", actor_region AS "actorRegion",
  entity, entity_id AS "entityId", region_code AS "regionCode", action, before, after`;

/**
 * Every recorded change of one record, oldest first (who may read them is the
 * caller's business): ordered by the table's bigint id, not by the text `id`
 * the select returns, which would put record 10 before record 9.
 */
export function readAuditRecords(manager: EntityManager, entity: string, entityId: string): Promise<AuditRecordRow[]> {
  return manager.query<AuditRecordRow[]>(
    `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_record WHERE entity = $1 AND entity_id = $2 ORDER BY audit_record.id`,
    [entity, entityId],
  );
}

/**
 * The latest recorded changes, newest first: of one region's records, or of
 * every record (region null, national records included), before the row
 * `beforeId` when given (keyset on the table's bigint id, which follows the
 * order of the writes). Who may read them is the caller's business.
 */
export function readRecentAuditRecords(
  manager: EntityManager,
  region: string | null,
  beforeId: string | null,
  limit: number,
): Promise<AuditRecordRow[]> {
  // Written apart for a region and for all, so that each keeps a plan on its own index (audit_record_region_idx, the key).
  const parameters: unknown[] = [limit];
  const conditions: string[] = [];
  if (region !== null) conditions.push(`region_code = $${parameters.push(region)}`);
  if (beforeId !== null) conditions.push(`id < $${parameters.push(beforeId)}`);
  return manager.query<AuditRecordRow[]>(
    `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_record
      WHERE ${conditions.length === 0 ? 'true' : conditions.join(' AND ')}
      ORDER BY id DESC LIMIT $1`,
    parameters,
  );
}

export interface RecentAuditArgs {
  region?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface RecentAuditPage {
  edges: Array<{ cursor: string; node: AuditRecordRow }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A cursor names the last change of the page by the audit table's id. */
const recentAuditCursor = cursorCodec('audit:', (key) => /^[1-9]\d{0,17}$/.test(key));

/**
 * A page of the latest changes, newest first, as both services' recent
 * changes queries give it: of the region asked, else of the caller's own
 * region (every region for a caller with none, the national
 * administration). `mayRead` refuses the region when the caller may not
 * read its trail (it throws); the region asked is checked as a code first.
 */
export async function recentAuditPage(
  manager: EntityManager,
  caller: Caller,
  args: RecentAuditArgs,
  mayRead: (region: string | null) => void,
): Promise<RecentAuditPage> {
  const region = checkRegion('region', args.region) ?? caller.region;
  mayRead(region);
  const first = pageSize(args.first, 20);
  const after = args.after == null ? null : recentAuditCursor.decode(args.after);
  const rows = await readRecentAuditRecords(manager, region, after, first + 1);
  const edges = rows.slice(0, first).map((node) => ({ cursor: recentAuditCursor.encode(node.id), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A recorded state as both audit trails show it: JSON text, or null when there was none (before a creation). */
export function stateAsJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** One field a recorded change touched, its value before and after as the API shows values. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A recorded value as text: amounts (kept in centimes, as the databases keep them) as Money, anything else as written. */
function shown(value: unknown, isMoney: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (isMoney && (typeof value === 'string' || typeof value === 'number') && /^-?\d+$/.test(String(value)))
    return formatMoney(BigInt(value));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The fields a recorded change touched, by name: for a creation each field it was given a value, for an update each whose
 * value changed, for a removal each it had. `money` names the fields kept in
 * centimes, shown as Money decimal strings ("10000.00"); other values are
 * shown as written (enum values by name, dates in ISO form), structures as JSON.
 */
export function auditChanges(before: unknown, after: unknown, money: ReadonlySet<string>): AuditChange[] {
  const was = asRecord(before);
  const now = asRecord(after);
  // By name: the stored JSON (jsonb) keeps no order of its own worth showing.
  const fields = [...new Set([...Object.keys(now), ...Object.keys(was)])].sort();
  return fields
    .map((field) => ({
      field,
      before: shown(was[field], money.has(field)),
      after: shown(now[field], money.has(field)),
    }))
    .filter((change) => change.before !== change.after);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** One row of the append-only audit table, as the foundation reads it. */
export interface AuditRecordModel {
  id: string;
  at: Date;
  actorSub: string;
  actorRole: string;
  entity: string;
  entityId: string;
  regionCode: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

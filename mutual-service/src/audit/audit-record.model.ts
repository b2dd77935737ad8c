/** One row of the append-only audit table. */
export interface AuditRecordModel {
  id: string;
  at: Date;
  actorSub: string;
  actorRole: string;
  actorRegion: string | null;
  entity: string;
  entityId: string;
  regionCode: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

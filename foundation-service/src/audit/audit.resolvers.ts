import type { Role } from '../generated/schema-types';
import type { AuditRecordResolvers, QueryResolvers } from '../generated/graphql';
import { auditTrail } from './audit.service';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export const auditQueries: QueryResolvers = {
  auditTrail: (_parent, { entity, id }, ctx) => auditTrail(ctx, entity, id),
};

export const AuditRecord: AuditRecordResolvers = {
  at: (record) => record.at,
  actorSub: (record) => record.actorSub,
  actorRole: (record) => record.actorRole as Role,
  action: (record) => record.action,
  before: (record) => json(record.before),
  after: (record) => json(record.after),
};

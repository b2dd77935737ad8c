import type { Role } from '../generated/schema-types';
import type { MutualAuditRecordResolvers, QueryResolvers } from '../generated/graphql';
import { auditTrail } from './audit.service';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export const auditQueries: Pick<QueryResolvers, 'mutualAuditTrail'> = {
  mutualAuditTrail: (_parent, args, context) => auditTrail(context, args.entity, args.id),
};

export const MutualAuditRecord: MutualAuditRecordResolvers = {
  actorRole: (record) => record.actorRole as Role,
  region: (record) => record.regionCode,
  before: (record) => json(record.before),
  after: (record) => json(record.after),
};

import type { Role } from '../generated/schema-types';
import type { MutualAuditRecordResolvers, QueryResolvers } from '../generated/graphql';
import { stateAsJson } from '@dsp/subgraph-kit';
import { auditTrail } from './audit.service';

export const auditQueries: Pick<QueryResolvers, 'mutualAuditTrail'> = {
  mutualAuditTrail: (_parent, args, context) => auditTrail(context, args.entity, args.id),
};

export const MutualAuditRecord: MutualAuditRecordResolvers = {
  actorRole: (record) => record.actorRole as Role,
  region: (record) => record.regionCode,
  before: (record) => stateAsJson(record.before),
  after: (record) => stateAsJson(record.after),
};

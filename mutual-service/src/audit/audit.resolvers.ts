import type { Role } from '../generated/schema-types';
import type { MutualAuditRecordResolvers, QueryResolvers } from '../generated/graphql';
import { auditChanges, stateAsJson } from '@dsp/subgraph-kit';
import { findClaim } from '../claims/claims.service';
import { auditTrail, recentChanges } from './audit.service';

export const auditQueries: Pick<QueryResolvers, 'mutualAuditTrail' | 'recentMutualChanges'> = {
  mutualAuditTrail: (_parent, args, context) => auditTrail(context, args.entity, args.id),
  recentMutualChanges: (_parent, args, context) => recentChanges(context, args),
};

/** The Mutual's audited amounts, kept in centimes: a claim's amounts claimed and approved. */
const MONEY_FIELDS: ReadonlySet<string> = new Set(['amountClaimed', 'amountApproved']);

export const MutualAuditRecord: MutualAuditRecordResolvers = {
  actorRole: (record) => record.actorRole as Role,
  region: (record) => record.regionCode,
  claim: (record, _args, context) => (record.entity === 'claim' ? findClaim(context, record.entityId) : null),
  before: (record) => stateAsJson(record.before),
  after: (record) => stateAsJson(record.after),
  changes: (record) => auditChanges(record.before, record.after, MONEY_FIELDS),
};

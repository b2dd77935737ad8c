import { auditChanges, stateAsJson } from '@dsp/subgraph-kit';
import type { Role } from '../generated/schema-types';
import type { AuditRecordResolvers, QueryResolvers } from '../generated/graphql';
import { readApplication } from '../access/access.service';
import { auditTrail, recentChanges } from './audit.service';

export const auditQueries: QueryResolvers = {
  auditTrail: (_parent, { entity, id }, ctx) => auditTrail(ctx, entity, id),
  recentChanges: (_parent, args, ctx) => recentChanges(ctx, args),
};

/** The Foundation's audited amounts, kept in centimes: applications', disbursements', allocations' and campaigns' benefit. */
const MONEY_FIELDS: ReadonlySet<string> = new Set(['amount', 'allocated', 'benefitAmount']);

export const AuditRecord: AuditRecordResolvers = {
  region: (record) => record.regionCode,
  application: (record, _args, ctx) => (record.entity === 'application' ? readApplication(ctx, record.entityId) : null),
  at: (record) => record.at,
  actorSub: (record) => record.actorSub,
  actorRole: (record) => record.actorRole as Role,
  action: (record) => record.action,
  before: (record) => stateAsJson(record.before),
  after: (record) => stateAsJson(record.after),
  changes: (record) => auditChanges(record.before, record.after, MONEY_FIELDS),
};

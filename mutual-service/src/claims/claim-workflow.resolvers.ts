import { auditTrail } from '../audit/audit-trail';
import type { Role } from '../generated/schema-types';
import type { MutationResolvers, MutualAuditRecordResolvers, PriorAuthorisationResolvers, QueryResolvers } from '../generated/graphql';
import { claimQueue } from './claim-queue';
import { priorAuthorisationClinicalOf } from './claims.service';
import { decideClaim, decidePriorAuthorisation, recheckClaim, recordClaimPayment, requestPriorAuthorisation, reviewClaim, submitClaim } from './claims.workflow';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export const claimWorkflowQueries: Pick<QueryResolvers, 'claimQueue' | 'mutualAuditTrail'> = {
  claimQueue: (_parent, args, context) => claimQueue(context, args),
  mutualAuditTrail: (_parent, args, context) => auditTrail(context, args.entity, args.id),
};

export const Mutation: MutationResolvers = {
  submitClaim: (_parent, args, context) => submitClaim(context, args.input),
  recheckClaim: (_parent, args, context) => recheckClaim(context, args.id, args.version),
  reviewClaim: (_parent, args, context) => reviewClaim(context, args.id, args.version),
  decideClaim: (_parent, args, context) => decideClaim(context, args),
  recordClaimPayment: (_parent, args, context) => recordClaimPayment(context, args.id, args.version),
  requestPriorAuthorisation: (_parent, args, context) => requestPriorAuthorisation(context, args),
  decidePriorAuthorisation: (_parent, args, context) => decidePriorAuthorisation(context, args),
};

export const PriorAuthorisation: PriorAuthorisationResolvers = {
  reason: (model, _args, context) => priorAuthorisationClinicalOf(context, model, 'reason'),
  decisionNote: (model, _args, context) => priorAuthorisationClinicalOf(context, model, 'decisionNote'),
  provider: (model, _args, context) => (model.providerId ? context.loaders.provider.load(model.providerId) : null),
  region: (model) => ({ code: model.regionCode }),
};

export const MutualAuditRecord: MutualAuditRecordResolvers = {
  actorRole: (record) => record.actorRole as Role,
  region: (record) => record.regionCode,
  before: (record) => json(record.before),
  after: (record) => json(record.after),
};

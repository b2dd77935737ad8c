import type {
  HealthAttentionResolvers,
  QueryResolvers,
  RegionResolvers,
  SolidarityCandidateResolvers,
} from '../generated/graphql';
import {
  candidateOfficer,
  claimTargetDays,
  healthAttention,
  healthTrend,
  nationalHealthTrend,
  overdueClaims,
  pendingPriorAuthorisations,
  registryFeedBehind,
  registryFeedLagSeconds,
  solidarityCandidates,
} from './supervision.service';

export const supervisionQueries: QueryResolvers = {
  nationalHealthTrend: (_parent, { months }, context) => nationalHealthTrend(context, months),
};

export const supervisionRegionFields: RegionResolvers = {
  healthTrend: (region, { months }, context) => healthTrend(context, region, months),
  healthAttention: (region, _args, context) => healthAttention(context, region),
  solidarityCandidates: (region, { threshold }, context) =>
    solidarityCandidates(context, region, threshold == null ? null : BigInt(threshold)),
};

export const HealthAttention: HealthAttentionResolvers = {
  claimTargetDays: (_attention, _args, context) => claimTargetDays(context),
  overdueClaims: (attention, _args, context) => overdueClaims(context, attention),
  pendingPriorAuthorisations: (attention, _args, context) => pendingPriorAuthorisations(context, attention),
  registryFeedLagSeconds: (attention, _args, context) => registryFeedLagSeconds(context, attention),
  registryFeedBehind: (attention, _args, context) => registryFeedBehind(context, attention),
};

export const SolidarityCandidate: SolidarityCandidateResolvers = {
  officer: (candidate, _args, context) => candidateOfficer(context, candidate),
};

import type { OfficerResolvers, QueryResolvers, RegionResolvers, SocialAttentionResolvers } from '../generated/graphql';
import {
  applicationTargetDays,
  headTermEnding,
  headTermEndsOn,
  nationalSocialTrend,
  overdueApplications,
  socialAttention,
  socialSupportThisYear,
  socialTrend,
  strainedAllocations,
} from './supervision.service';

export const supervisionQueries: QueryResolvers = {
  nationalSocialTrend: (_parent, { months }, ctx) => nationalSocialTrend(ctx, months),
};

export const supervisionRegionFields: RegionResolvers = {
  socialTrend: (region, { months }, ctx) => socialTrend(ctx, region.code, months),
  socialAttention: (region, _args, ctx) => socialAttention(ctx, region.code),
};

export const supervisionOfficerFields: OfficerResolvers = {
  socialSupportThisYear: (officer, _args, ctx) => socialSupportThisYear(ctx, officer),
};

export const SocialAttention: SocialAttentionResolvers = {
  applicationTargetDays: (_attention, _args, ctx) => applicationTargetDays(ctx),
  overdueApplications: (attention, _args, ctx) => overdueApplications(ctx, attention),
  strainedAllocations: (attention, _args, ctx) => strainedAllocations(ctx, attention),
  headTermEnding: (attention, _args, ctx) => headTermEnding(ctx, attention),
  headTermEndsOn: (attention, _args, ctx) => headTermEndsOn(ctx, attention),
};

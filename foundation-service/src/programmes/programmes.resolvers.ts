import { checkYear, todayUtc } from '@dsp/common';
import { mayReadAllocation, requireAccess } from '../access';
import { byProgrammeKind } from './programme-order';
import type { CampaignAllocationResolvers, CampaignResolvers, MutationResolvers, ProgrammeResolvers, QueryResolvers } from '../generated/graphql';
import { required } from '../base/required';
import { createCampaign, setCampaignAllocation } from './campaigns.workflow';
import { rulesFromJson } from './eligibility';
import { ProgrammesRepository } from './programmes.repository';

/** Programmes and campaigns are reference data every authenticated role reads; allocations are checked against their region. */
export const programmeQueries: QueryResolvers = {
  programmes: async (_parent, _args, ctx) => {
    const programmes = await new ProgrammesRepository(await ctx.db.manager()).allProgrammes();
    return programmes.sort(byProgrammeKind);
  },
  campaign: (_parent, { id }, ctx) => ctx.loaders.campaign.load(id),
  campaigns: async (_parent, { year, openOn }, ctx) => {
    if (year !== null && year !== undefined) checkYear('year', year);
    return new ProgrammesRepository(await ctx.db.manager()).campaigns(year ?? null, openOn ?? null);
  },
};

export const programmeMutations: MutationResolvers = {
  createCampaign: (_parent, { input }, ctx) => createCampaign(ctx, input),
  setCampaignAllocation: (_parent, { input }, ctx) => setCampaignAllocation(ctx, input),
};

export const Programme: ProgrammeResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.programme.load(reference.id),
  campaigns: (programme, _args, ctx) => ctx.loaders.programmeCampaigns.load(programme.id),
};

export const Campaign: CampaignResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.campaign.load(reference.id),
  programme: (campaign, _args, ctx) => required(ctx.loaders.programme.load(campaign.programmeId), 'Programme', campaign.programmeId),
  isOpen: (campaign) => {
    const today = todayUtc();
    return campaign.opensOn <= today && today <= campaign.closesOn;
  },
  eligibility: (campaign) => rulesFromJson(campaign.eligibility),
  allocations: async (campaign, _args, ctx) =>
    (await ctx.loaders.campaignAllocations.load(campaign.id)).filter((allocation) => mayReadAllocation(ctx.caller, allocation.regionCode)),
};

/** An allocation by reference: by its region (read from the row), FORBIDDEN otherwise; an unknown one is null. */
export const CampaignAllocation: CampaignAllocationResolvers = {
  __resolveReference: async (reference, ctx) => {
    const scope = await ctx.loaders.allocationScope.load(reference.id);
    if (scope === null) return null;
    requireAccess(ctx, mayReadAllocation(ctx.caller, scope.regionCode));
    return ctx.loaders.allocation.load(reference.id);
  },
  campaign: (allocation, _args, ctx) => required(ctx.loaders.campaign.load(allocation.campaignId), 'Campaign', allocation.campaignId),
  region: (allocation, _args, ctx) => required(ctx.loaders.region.load(allocation.regionCode), 'Region', allocation.regionCode),
  remainingBudget: (allocation) => allocation.allocated - allocation.committed,
  remainingQuota: (allocation) => allocation.quota - allocation.approvedCount,
};

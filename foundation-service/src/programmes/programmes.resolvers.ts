import { todayUtc } from '@dsp/common';
import type {
  CampaignAllocationResolvers,
  CampaignResolvers,
  MutationResolvers,
  ProgrammeResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { referencedRegion } from '../regions/regions.service';
import { isCampaignOpen, RANKING, rulesFromJson } from './eligibility.rules';
import {
  allocationByReference,
  allocationRemainingBudget,
  allocationRemainingQuota,
  createCampaign,
  findCampaign,
  findProgramme,
  listCampaigns,
  listProgrammes,
  programmeCampaigns,
  readableAllocations,
  referencedCampaign,
  referencedProgramme,
  setCampaignAllocation,
} from './programmes.service';

export const programmeQueries: QueryResolvers = {
  programmes: (_parent, _args, ctx) => listProgrammes(ctx),
  campaign: (_parent, { id }, ctx) => findCampaign(ctx, id),
  campaigns: (_parent, { year, openOn }, ctx) => listCampaigns(ctx, year ?? null, openOn ?? null),
  rankingRule: () => RANKING,
};

export const programmeMutations: MutationResolvers = {
  createCampaign: (_parent, { input }, ctx) => createCampaign(ctx, input),
  setCampaignAllocation: (_parent, { input }, ctx) => setCampaignAllocation(ctx, input),
};

export const Programme: ProgrammeResolvers = {
  __resolveReference: (reference, ctx) => findProgramme(ctx, reference.id),
  campaigns: (programme, _args, ctx) => programmeCampaigns(ctx, programme.id),
};

export const Campaign: CampaignResolvers = {
  __resolveReference: (reference, ctx) => findCampaign(ctx, reference.id),
  programme: (campaign, _args, ctx) => referencedProgramme(ctx, campaign.programmeId),
  isOpen: (campaign) => isCampaignOpen(campaign, todayUtc()),
  eligibility: (campaign) => rulesFromJson(campaign.eligibility),
  allocations: (campaign, _args, ctx) => readableAllocations(ctx, campaign.id),
};

export const CampaignAllocation: CampaignAllocationResolvers = {
  __resolveReference: (reference, ctx) => allocationByReference(ctx, reference.id),
  campaign: (allocation, _args, ctx) => referencedCampaign(ctx, allocation.campaignId),
  region: (allocation, _args, ctx) => referencedRegion(ctx, allocation.regionCode),
  remainingBudget: (allocation) => allocationRemainingBudget(allocation),
  remainingQuota: (allocation) => allocationRemainingQuota(allocation),
};

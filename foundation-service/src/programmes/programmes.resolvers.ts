import { todayUtc } from '@dsp/common';
import type {
  CampaignAllocationResolvers,
  CampaignResolvers,
  MutationResolvers,
  ProgrammeResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { required } from '../base/required';
import { isCampaignOpen, rulesFromJson } from './eligibility.rules';
import {
  allocationByReference,
  createCampaign,
  listCampaigns,
  listProgrammes,
  readableAllocations,
  setCampaignAllocation,
} from './programmes.service';

export const programmeQueries: QueryResolvers = {
  programmes: (_parent, _args, ctx) => listProgrammes(ctx),
  campaign: (_parent, { id }, ctx) => ctx.loaders.campaign.load(id),
  campaigns: (_parent, { year, openOn }, ctx) => listCampaigns(ctx, year ?? null, openOn ?? null),
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
  programme: (campaign, _args, ctx) =>
    required(ctx.loaders.programme.load(campaign.programmeId), 'Programme', campaign.programmeId),
  isOpen: (campaign) => isCampaignOpen(campaign, todayUtc()),
  eligibility: (campaign) => rulesFromJson(campaign.eligibility),
  allocations: (campaign, _args, ctx) => readableAllocations(ctx, campaign.id),
};

export const CampaignAllocation: CampaignAllocationResolvers = {
  __resolveReference: (reference, ctx) => allocationByReference(ctx, reference.id),
  campaign: (allocation, _args, ctx) =>
    required(ctx.loaders.campaign.load(allocation.campaignId), 'Campaign', allocation.campaignId),
  region: (allocation, _args, ctx) =>
    required(ctx.loaders.region.load(allocation.regionCode), 'Region', allocation.regionCode),
  remainingBudget: (allocation) => allocation.allocated - allocation.committed,
  remainingQuota: (allocation) => allocation.quota - allocation.approvedCount,
};

import type { CampaignResolvers, ProgrammeResolvers } from '../generated/graphql';
import { required } from '../shared/required';

export const Programme: ProgrammeResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.programme.load(reference.id),
  campaigns: (programme, _args, ctx) => ctx.loaders.programmeCampaigns.load(programme.id),
};

export const Campaign: CampaignResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.campaign.load(reference.id),
  programme: (campaign, _args, ctx) => required(ctx.loaders.programme.load(campaign.programmeId), 'Programme', campaign.programmeId),
};

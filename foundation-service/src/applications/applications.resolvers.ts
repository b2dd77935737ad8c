import { readApplication, readDependent, readOfficer } from '../access/access.service';
import type { ApplicationResolvers, ProgrammeSocialResolvers } from '../generated/graphql';
import { required } from '../shared/required';

export const Application: ApplicationResolvers = {
  __resolveReference: (reference, ctx) => readApplication(ctx, reference.id),
  campaign: (application, _args, ctx) => required(ctx.loaders.campaign.load(application.campaignId), 'Campaign', application.campaignId),
  officer: (application, _args, ctx) =>
    required(readOfficer(ctx, application.officerMatricule), 'Officer', application.officerMatricule),
  dependent: (application, _args, ctx) => (application.dependentId === null ? null : readDependent(ctx, application.dependentId)),
  region: (application, _args, ctx) => required(ctx.loaders.region.load(application.regionCode), 'Region', application.regionCode),
};

export const ProgrammeSocial: ProgrammeSocialResolvers = {
  programme: (figures, _args, ctx) => required(ctx.loaders.programme.load(figures.programmeId), 'Programme', figures.programmeId),
};

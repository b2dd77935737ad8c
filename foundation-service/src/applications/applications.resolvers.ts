import { readApplication, readDependent, readOfficer } from '../access/access.service';
import type {
  ApplicationResolvers,
  DisbursementResolvers,
  MutationResolvers,
  ProgrammeSocialResolvers,
  QueryResolvers,
  RegionSocialResolvers,
} from '../generated/graphql';
import { required } from '../base/required';
import { referencedCampaign, referencedProgramme } from '../programmes/programmes.service';
import { referencedRegion } from '../regions/regions.service';
import {
  applicationByReference,
  applicationDisbursement,
  applicationQueue,
  beneficiariesReached,
  beneficiaryKind,
  decideApplication,
  disbursementByReference,
  overdueOf,
  recordDisbursement,
  startApplicationReview,
  submitApplication,
  withdrawApplication,
} from './applications.service';

export const applicationQueries: QueryResolvers = {
  application: (_parent, { id }, ctx) => readApplication(ctx, id),
  applicationByReference: (_parent, { reference }, ctx) => applicationByReference(ctx, reference),
  applicationQueue: (_parent, args, ctx) => applicationQueue(ctx, args),
};

export const applicationMutations: MutationResolvers = {
  submitApplication: (_parent, { input }, ctx) => submitApplication(ctx, input),
  startApplicationReview: (_parent, { input }, ctx) => startApplicationReview(ctx, input),
  decideApplication: (_parent, { input }, ctx) => decideApplication(ctx, input),
  withdrawApplication: (_parent, { input }, ctx) => withdrawApplication(ctx, input),
  recordDisbursement: (_parent, { input }, ctx) => recordDisbursement(ctx, input),
};

export const Application: ApplicationResolvers = {
  __resolveReference: (reference, ctx) => readApplication(ctx, reference.id),
  campaign: (application, _args, ctx) => referencedCampaign(ctx, application.campaignId),
  officer: (application, _args, ctx) =>
    required(readOfficer(ctx, application.officerMatricule), 'Officer', application.officerMatricule),
  dependent: (application, _args, ctx) =>
    application.dependentId === null ? null : readDependent(ctx, application.dependentId),
  region: (application, _args, ctx) => referencedRegion(ctx, application.regionCode),
  beneficiaryKind: (application, _args, ctx) => beneficiaryKind(ctx, application),
  overdue: (application, _args, ctx) => overdueOf(ctx, application),
  disbursement: (application, _args, ctx) => applicationDisbursement(ctx, application),
};

export const Disbursement: DisbursementResolvers = {
  __resolveReference: (reference, ctx) => disbursementByReference(ctx, reference.id),
  application: (disbursement, _args, ctx) =>
    required(readApplication(ctx, disbursement.applicationId), 'Application', disbursement.applicationId),
};

export const RegionSocial: RegionSocialResolvers = {
  beneficiariesReached: (social, _args, ctx) => beneficiariesReached(ctx, social),
};

export const ProgrammeSocial: ProgrammeSocialResolvers = {
  programme: (figures, _args, ctx) => referencedProgramme(ctx, figures.programmeId),
};

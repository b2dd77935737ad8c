import { beneficiaryOf } from '../beneficiaries/beneficiaries.service';
import { claimDocuments } from '../documents/documents.service';
import type {
  ClaimBeneficiaryResolvers,
  ClaimLineResolvers,
  ClaimResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/graphql';
import {
  actCodeOf,
  claimQueue,
  decideClaim,
  coveringAuthorisationOf,
  decisionNoteOf,
  diagnosesOf,
  findClaim,
  findClaimByReference,
  handlingRegionOf,
  estimateOf,
  linesOf,
  overdueOf,
  providerOf,
  recheckClaim,
  recordClaimPayment,
  reviewClaim,
  submitClaim,
} from './claims.service';

export const claimQueries: Pick<QueryResolvers, 'claim' | 'claimByReference' | 'claimQueue'> = {
  claim: (_parent, args, context) => findClaim(context, args.id),
  claimByReference: (_parent, args, context) => findClaimByReference(context, args.reference),
  claimQueue: (_parent, args, context) => claimQueue(context, args),
};

export const claimMutations: Pick<
  MutationResolvers,
  'submitClaim' | 'recheckClaim' | 'reviewClaim' | 'decideClaim' | 'recordClaimPayment'
> = {
  submitClaim: (_parent, args, context) => submitClaim(context, args.input),
  recheckClaim: (_parent, args, context) => recheckClaim(context, args.id, args.version),
  reviewClaim: (_parent, args, context) => reviewClaim(context, args.id, args.version),
  decideClaim: (_parent, args, context) => decideClaim(context, args),
  recordClaimPayment: (_parent, args, context) => recordClaimPayment(context, args.id, args.version),
};

export const Claim: ClaimResolvers = {
  __resolveReference: (reference, context) => findClaim(context, reference.id),
  provider: (claim, _args, context) => providerOf(context, claim),
  handlingRegion: (claim) => handlingRegionOf(claim),
  beneficiary: (claim, _args, context) => beneficiaryOf(context, claim.beneficiaryId),
  overdue: (claim, _args, context) => overdueOf(context, claim),
  diagnosisCodes: (claim, _args, context) => diagnosesOf(context, claim),
  decisionNote: (claim, _args, context) => decisionNoteOf(context, claim),
  priorAuthorisation: (claim, _args, context) => coveringAuthorisationOf(context, claim),
  lines: (claim, _args, context) => linesOf(context, claim),
  estimate: (claim, _args, context) => estimateOf(context, claim),
  documents: (claim, _args, context) => claimDocuments(context, claim),
};

export const ClaimLine: ClaimLineResolvers = {
  actCode: (line, _args, context) => actCodeOf(context, line),
};

export const ClaimBeneficiary: ClaimBeneficiaryResolvers = {
  __resolveType: (beneficiary) => ('matricule' in beneficiary ? 'Officer' : 'Dependent'),
};

import type { ClaimLineResolvers, ClaimResolvers, QueryResolvers } from '../generated/graphql';
import { actCodeOf, decisionNoteOf, diagnosesOf, findClaim, handlingRegionOf, linesOf, providerOf } from './claims.service';

export const claimQueries: Pick<QueryResolvers, 'claim'> = {
  claim: (_parent, args, context) => findClaim(context, args.id),
};

export const Claim: ClaimResolvers = {
  __resolveReference: (reference, context) => findClaim(context, reference.id),
  provider: (claim, _args, context) => providerOf(context, claim),
  handlingRegion: (claim) => handlingRegionOf(claim),
  diagnosisCodes: (claim, _args, context) => diagnosesOf(context, claim),
  decisionNote: (claim, _args, context) => decisionNoteOf(context, claim),
  lines: (claim, _args, context) => linesOf(context, claim),
};

export const ClaimLine: ClaimLineResolvers = {
  actCode: (line, _args, context) => actCodeOf(context, line),
};

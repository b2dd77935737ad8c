import type { QueryResolvers, RegionResolvers } from '../generated/graphql';
import { currentHead, headHistory } from '../heads/heads.service';
import { beneficiaryCount, findRegion, listRegions, regionSocial, staffCount } from './regions.service';

export const regionQueries: QueryResolvers = {
  region: (_parent, { code }, ctx, info) => findRegion(ctx, code, info),
  regions: (_parent, _args, ctx) => listRegions(ctx),
};

export const Region: RegionResolvers = {
  __resolveReference: (reference, ctx) => findRegion(ctx, reference.code),
  currentHead: (region, _args, ctx) => currentHead(ctx, region.code),
  headHistory: (region, _args, ctx) => headHistory(ctx, region.code),
  staffCount: (region, _args, ctx) => staffCount(ctx, region.code),
  beneficiaryCount: (region, _args, ctx) => beneficiaryCount(ctx, region.code),
  social: (region, { year }, ctx) => regionSocial(ctx, region.code, year ?? null),
};

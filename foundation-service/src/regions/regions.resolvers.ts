import { requireRegionFigures } from '../access/access.service';
import type { QueryResolvers, RegionResolvers } from '../generated/graphql';
import { findRegion, listRegions, regionSocial } from './regions.service';

export const regionQueries: QueryResolvers = {
  region: (_parent, { code }, ctx) => findRegion(ctx, code),
  regions: (_parent, _args, ctx) => listRegions(ctx),
};

/** Names, kind and heads are public; the figures are checked against the region's row. */
export const Region: RegionResolvers = {
  __resolveReference: (reference, ctx) => findRegion(ctx, reference.code),
  currentHead: (region, _args, ctx) => ctx.loaders.currentHead.load(region.code),
  headHistory: (region, _args, ctx) => ctx.loaders.headHistory.load(region.code),
  staffCount: async (region, _args, ctx) => {
    requireRegionFigures(ctx, region.code);
    return (await ctx.loaders.regionCounts.load(region.code)).staff;
  },
  beneficiaryCount: async (region, _args, ctx) => {
    requireRegionFigures(ctx, region.code);
    return (await ctx.loaders.regionCounts.load(region.code)).beneficiaries;
  },
  social: (region, { year }, ctx) => {
    requireRegionFigures(ctx, region.code);
    return regionSocial(ctx, region.code, year ?? null);
  },
};

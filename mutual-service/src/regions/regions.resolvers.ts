import type { RegionResolvers } from '../generated/graphql';
import { regionFacilities, regionHealth, resolveRegion } from './regions.service';

export const Region: RegionResolvers = {
  __resolveReference: (reference) => resolveRegion(reference.code),
  health: (region, args, context) => regionHealth(context, region, args.year ?? null),
  facilities: (region, _args, context) => regionFacilities(context, region),
};

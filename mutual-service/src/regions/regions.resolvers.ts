import type { RegionHealthResolvers, RegionResolvers } from '../generated/graphql';
import {
  regionBeneficiaryCount,
  regionFacilities,
  regionHealth,
  regionProviderCount,
  regionReimbursementPerBeneficiary,
  resolveRegion,
} from './regions.service';

export const Region: RegionResolvers = {
  __resolveReference: (reference) => resolveRegion(reference.code),
  health: (region, args, context) => regionHealth(context, region, args.year ?? null),
  facilities: (region, _args, context) => regionFacilities(context, region),
};

export const RegionHealth: RegionHealthResolvers = {
  beneficiaryCount: (health, _args, context) => regionBeneficiaryCount(context, health),
  reimbursementPerBeneficiary: (health, _args, context) => regionReimbursementPerBeneficiary(context, health),
  providers: (health, _args, context) => regionProviderCount(context, health),
};

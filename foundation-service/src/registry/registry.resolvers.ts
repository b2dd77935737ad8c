import type { MutationResolvers, OfficerTransferResolvers } from '../generated/graphql';
import { referencedRegion } from '../regions/regions.service';
import {
  addDependent,
  changeOfficerStatus,
  endDependentLink,
  registerOfficer,
  transferOfficer,
  updateDependent,
} from './registry.service';

export const registryMutations: MutationResolvers = {
  registerOfficer: (_parent, { input }, ctx) => registerOfficer(ctx, input),
  transferOfficer: (_parent, { input }, ctx) => transferOfficer(ctx, input),
  changeOfficerStatus: (_parent, { input }, ctx) => changeOfficerStatus(ctx, input),
  addDependent: (_parent, { input }, ctx) => addDependent(ctx, input),
  updateDependent: (_parent, { input }, ctx) => updateDependent(ctx, input),
  endDependentLink: (_parent, { input }, ctx) => endDependentLink(ctx, input),
};

export const OfficerTransfer: OfficerTransferResolvers = {
  fromRegion: (transfer, _args, ctx) => referencedRegion(ctx, transfer.fromRegionCode),
  toRegion: (transfer, _args, ctx) => referencedRegion(ctx, transfer.toRegionCode),
};

import type { ProviderResolvers } from '../generated/graphql';
import { findProvider, providerRegion } from './providers.service';

export const Provider: ProviderResolvers = {
  __resolveReference: (reference, context) => findProvider(context, reference.id),
  region: (provider) => providerRegion(provider),
};

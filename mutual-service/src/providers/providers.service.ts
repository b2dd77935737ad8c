import type { MutualContext } from '../context';
import type { RegionModel } from '../regions/region.model';
import type { ProviderEntity } from './provider.entity';

export function findProvider(context: MutualContext, id: string): Promise<ProviderEntity | null> {
  return context.loaders.provider.load(id);
}

export function providerRegion(provider: ProviderEntity): RegionModel {
  return { code: provider.regionCode };
}

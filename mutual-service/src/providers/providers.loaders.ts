import { byKey, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { ProviderEntity } from './provider.entity';
import { ProvidersRepository } from './providers.repository';

export interface ProvidersLoaders {
  provider: DataLoader<string, ProviderEntity | null>;
  regionFacilities: DataLoader<string, ProviderEntity[]>;
}

export function createProvidersLoaders(db: RequestScope): ProvidersLoaders {
  return {
    provider: new DataLoader(async (ids) =>
      byKey(ids, await using(db, ProvidersRepository, (r) => r.byIds(ids)), (row) => row.id),
    ),
    regionFacilities: new DataLoader(async (codes) =>
      groupedByKey(codes, await using(db, ProvidersRepository, (r) => r.byRegions(codes)), (row) => row.regionCode),
    ),
  };
}

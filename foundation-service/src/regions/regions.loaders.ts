import { byKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { RegionEntity } from './region.entity';
import { RegionsRepository, type RegionCounts } from './regions.repository';

export interface RegionsLoaders {
  region: DataLoader<string, RegionEntity | null>;
  regionCounts: DataLoader<string, RegionCounts>;
}

export function createRegionsLoaders(db: RequestScope): RegionsLoaders {
  return {
    region: new DataLoader(async (codes) =>
      byKey(codes, await using(db, RegionsRepository, (r) => r.byCodes(codes)), (row) => row.code),
    ),
    regionCounts: new DataLoader(async (codes) => {
      const rows = await using(db, RegionsRepository, (r) => r.counts(codes));
      return byKey(codes, rows, (row) => row.regionCode).map(
        (row, i) => row ?? { regionCode: codes[i] ?? '', staff: 0, beneficiaries: 0 },
      );
    }),
  };
}

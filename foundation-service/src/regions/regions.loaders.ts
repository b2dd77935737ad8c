import { byKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { AccessLoaders } from '../access/access.loaders';
import type { HeadsLoaders } from '../heads/heads.loaders';
import type { OfficersLoaders } from '../officers/officers.loaders';
import type { RegionEntity } from './region.entity';
import { RegionsRepository, type RegionCounts } from './regions.repository';

export interface RegionsLoaders {
  region: DataLoader<string, RegionEntity | null>;
  regionCounts: DataLoader<string, RegionCounts>;
}

/** The loaders a region's read fills beside its own (see RegionsRepository.overviews). */
export type RegionRelatedLoaders = Pick<HeadsLoaders, 'currentHead'> &
  Pick<AccessLoaders, 'officerScope'> &
  Pick<OfficersLoaders, 'officer'>;

export function createRegionsLoaders(db: RequestScope, related: RegionRelatedLoaders): RegionsLoaders {
  const regionCounts = new DataLoader<string, RegionCounts>(async (codes) => {
    const rows = await using(db, RegionsRepository, (r) => r.counts(codes));
    return byKey(codes, rows, (row) => row.regionCode).map(
      (row, i) => row ?? { regionCode: codes[i] ?? '', staff: 0, beneficiaries: 0 },
    );
  });
  return {
    // A region page asks for the head, the head's officer and the figures next: they come in the region's statement.
    region: new DataLoader(async (codes) => {
      const overviews = await using(db, RegionsRepository, (r) => r.overviews(codes));
      for (const { region, counts, head, headScope, headOfficer } of overviews) {
        regionCounts.prime(region.code, counts);
        related.currentHead.prime(region.code, head);
        if (headScope) related.officerScope.prime(headScope.matricule, headScope);
        if (headOfficer) related.officer.prime(headOfficer.matricule, headOfficer);
      }
      return byKey(
        codes,
        overviews.map((overview) => overview.region),
        (row) => row.code,
      );
    }),
    regionCounts,
  };
}

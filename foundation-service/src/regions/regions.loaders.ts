import { byKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { AccessLoaders } from '../access/access.loaders';
import type { ApplicationsLoaders } from '../applications/applications.loaders';
import { composeRegionSocial } from '../applications/social.rules';
import type { HeadsLoaders } from '../heads/heads.loaders';
import type { OfficersLoaders } from '../officers/officers.loaders';
import type { RegionEntity } from './region.entity';
import { RegionsRepository, type RegionCounts, type RegionOverview } from './regions.repository';
import { socialYear } from './regions.rules';

export interface RegionsLoaders {
  region: DataLoader<string, RegionEntity | null>;
  regionCounts: DataLoader<string, RegionCounts>;
}

export interface RegionPageLoaders {
  /** A region with this year's social figures beside it: what a dashboard asks for. */
  regionPage: DataLoader<string, RegionEntity | null>;
}

/** The loaders a region's read fills beside its own (see RegionsRepository.overviews). */
export type RegionRelatedLoaders = Pick<HeadsLoaders, 'currentHead'> &
  Pick<AccessLoaders, 'officerScope'> &
  Pick<OfficersLoaders, 'officer'>;

function primeOverview(
  loaders: RegionRelatedLoaders & Pick<RegionsLoaders, 'regionCounts'>,
  { region, counts, head, headScope, headOfficer }: RegionOverview,
): void {
  loaders.regionCounts.prime(region.code, counts);
  loaders.currentHead.prime(region.code, head);
  if (headScope) loaders.officerScope.prime(headScope.matricule, headScope);
  if (headOfficer) loaders.officer.prime(headOfficer.matricule, headOfficer);
}

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
      const overviews = await using(db, RegionsRepository, (r) => r.overviews(codes, null));
      for (const overview of overviews) primeOverview({ ...related, regionCounts }, overview);
      return byKey(
        codes,
        overviews.map((overview) => overview.region),
        (row) => row.code,
      );
    }),
    regionCounts,
  };
}

/** Built once the social loaders exist: a page fills `regionSocial` for this year, and `region`. */
export function createRegionPageLoaders(
  db: RequestScope,
  related: RegionRelatedLoaders & RegionsLoaders & Pick<ApplicationsLoaders, 'regionSocial'>,
): RegionPageLoaders {
  return {
    regionPage: new DataLoader(async (codes) => {
      const year = socialYear(null, new Date());
      const overviews = await using(db, RegionsRepository, (r) => r.overviews(codes, year));
      for (const overview of overviews) {
        const { region, counts, figures } = overview;
        primeOverview(related, overview);
        related.region.prime(region.code, region);
        related.regionSocial.prime(
          { code: region.code, year },
          composeRegionSocial(region.code, year, figures ?? [], counts.beneficiaries),
        );
      }
      return byKey(
        codes,
        overviews.map((overview) => overview.region),
        (row) => row.code,
      );
    }),
  };
}

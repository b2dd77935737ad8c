import { todayUtc } from '@dsp/common';
import { byKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { RegionHealthModel } from './region.model';
import { composeRegionHealth } from './region-health.rules';
import { RegionsRepository } from './regions.repository';

export interface RegionYear {
  code: string;
  year: number;
}

export interface RegionsLoaders {
  /** A region's claim figures for a year, from the claim summary. */
  regionHealth: DataLoader<RegionYear, RegionHealthModel, string>;
  /** People of each region covered today. */
  regionBeneficiaries: DataLoader<string, number>;
  /** Providers of each region. */
  regionProviders: DataLoader<string, number>;
}

export function createRegionsLoaders(db: RequestScope): RegionsLoaders {
  return {
    regionHealth: new DataLoader(
      async (keys) => {
        const results = new Map<string, RegionHealthModel>();
        // One summary read per distinct year asked for, whatever the number of regions.
        for (const year of new Set(keys.map((key) => key.year))) {
          const codes = [...new Set(keys.filter((key) => key.year === year).map((key) => key.code))];
          const { figures, statusCounts } = await using(db, RegionsRepository, (r) => r.claimFigures(codes, year));
          for (const code of codes) {
            results.set(
              `${code}:${year}`,
              composeRegionHealth(
                code,
                year,
                figures.find((row) => row.regionCode === code),
                statusCounts.filter((row) => row.regionCode === code),
              ),
            );
          }
        }
        return keys.map(
          (key) => results.get(`${key.code}:${key.year}`) ?? new Error(`No health figures for ${key.code}.`),
        );
      },
      { cacheKeyFn: (key) => `${key.code}:${key.year}` },
    ),
    regionBeneficiaries: new DataLoader(async (codes) => {
      const rows = await using(db, RegionsRepository, (r) => r.coveredBeneficiaries(codes, todayUtc()));
      return byKey(codes, rows, (row) => row.regionCode).map((row) => row?.count ?? 0);
    }),
    regionProviders: new DataLoader(async (codes) => {
      const rows = await using(db, RegionsRepository, (r) => r.providerCounts(codes));
      return byKey(codes, rows, (row) => row.regionCode).map((row) => row?.count ?? 0);
    }),
  };
}

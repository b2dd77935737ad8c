import { yearBounds } from '@dsp/common';
import { byUuid, groupedByKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { RegionCounts } from '../regions/regions.repository';
import type { ApplicationEntity } from './application.entity';
import { ApplicationsRepository } from './applications.repository';
import type { DisbursementEntity } from './disbursement.entity';
import type { RegionSocialModel } from './social.model';
import { composeRegionSocial } from './social.rules';

export interface RegionYear {
  code: string;
  year: number;
}

export interface ApplicationsLoaders {
  regionSocial: DataLoader<RegionYear, RegionSocialModel, string>;
  /** Distinct people with an application approved or paid, decided in the year, per region. */
  regionReached: DataLoader<RegionYear, number, string>;
  officerApplications: DataLoader<string, ApplicationEntity[]>;
  application: DataLoader<string, ApplicationEntity | null>;
  disbursement: DataLoader<string, DisbursementEntity | null>;
  /** The payment of each application (at most one, by a unique constraint). */
  applicationDisbursement: DataLoader<string, DisbursementEntity | null>;
}

/** `regions` gives the beneficiary counts a region's social figures divide by, shared with the region's own fields. */
export function createApplicationsLoaders(
  db: RequestScope,
  regions: { regionCounts: DataLoader<string, RegionCounts> },
): ApplicationsLoaders {
  return {
    regionSocial: new DataLoader<RegionYear, RegionSocialModel, string>(
      async (keys) => {
        const years = [...new Set(keys.map((key) => key.year))];
        const results = new Map<string, RegionSocialModel>();
        for (const year of years) {
          const codes = keys.filter((key) => key.year === year).map((key) => key.code);
          const [figures, counts] = await Promise.all([
            using(db, ApplicationsRepository, (r) => r.figures(codes, year)),
            regions.regionCounts.loadMany(codes),
          ]);
          codes.forEach((code, i) => {
            const count = counts[i];
            const beneficiaries = count && !(count instanceof Error) ? count.beneficiaries : 0;
            const rows = figures.filter((row) => row.regionCode === code);
            results.set(`${code}|${year}`, composeRegionSocial(code, year, rows, beneficiaries));
          });
        }
        return keys.map(
          (key) => results.get(`${key.code}|${key.year}`) ?? composeRegionSocial(key.code, key.year, [], 0),
        );
      },
      { cacheKeyFn: (key) => `${key.code}|${key.year}` },
    ),
    regionReached: new DataLoader<RegionYear, number, string>(
      async (keys) => {
        const results = new Map<string, number>();
        for (const year of new Set(keys.map((key) => key.year))) {
          const { start, end } = yearBounds(year);
          const reached = await using(db, ApplicationsRepository, (r) =>
            r.beneficiariesReached(
              keys.filter((key) => key.year === year).map((key) => key.code),
              start,
              end,
            ),
          );
          for (const [code, count] of reached) results.set(`${code}|${year}`, count);
        }
        return keys.map((key) => results.get(`${key.code}|${key.year}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.code}|${key.year}` },
    ),
    officerApplications: new DataLoader(async (matricules) =>
      groupedByKey(
        matricules,
        await using(db, ApplicationsRepository, (r) => r.ofOfficers(matricules)),
        (row) => row.officerMatricule,
      ),
    ),
    application: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ApplicationsRepository, (r) => r.byIds(valid)),
        (row) => row.id,
      ),
    ),
    disbursement: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ApplicationsRepository, (r) => r.disbursementsByIds(valid)),
        (row) => row.id,
      ),
    ),
    applicationDisbursement: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ApplicationsRepository, (r) => r.disbursementsOf(valid)),
        (row) => row.applicationId,
      ),
    ),
  };
}

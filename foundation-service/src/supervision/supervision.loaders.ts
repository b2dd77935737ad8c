import { waitingSince, yearBounds } from '@dsp/common';
import { byKey, groupedByKey, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { AllocationModel } from '../programmes/allocation.model';
import type { SocialMonthModel } from './supervision.model';
import { SupervisionRepository } from './supervision.repository';
import { composeSocialTrend, trendWindow } from './supervision.rules';

/** A region's trend over the last `months` months, up to the current month. */
export interface TrendKey {
  code: string;
  months: number;
}

/** Open applications of a region submitted more than `targetDays` days ago. */
export interface OverdueKey {
  code: string;
  targetDays: number;
}

/** Officers' families' support in a calendar year. */
export interface SupportKey {
  matricule: string;
  year: number;
}

export interface SupervisionLoaders {
  /** Regions' social trends: one summary read and one allocation read per distinct window, whatever the regions. */
  socialTrend: DataLoader<TrendKey, SocialMonthModel[], string>;
  overdueApplications: DataLoader<OverdueKey, number, string>;
  /** Each region's allocations of the year's campaigns with what is used of them. */
  yearAllocations: DataLoader<{ code: string; year: number }, AllocationModel[], string>;
  /** Money committed in the year to each officer's family (centimes). */
  socialSupport: DataLoader<SupportKey, bigint, string>;
}

export function createSupervisionLoaders(db: RequestScope): SupervisionLoaders {
  const repository = async (): Promise<SupervisionRepository> => new SupervisionRepository(await db.manager());

  return {
    socialTrend: new DataLoader<TrendKey, SocialMonthModel[], string>(
      async (keys) => {
        const results = new Map<string, SocialMonthModel[]>();
        const now = new Date();
        for (const count of new Set(keys.map((key) => key.months))) {
          const group = keys.filter((key) => key.months === count);
          const { months, readFrom } = trendWindow(now, count);
          const codes = group.map((key) => key.code);
          const years = [...new Set([readFrom, ...months].map((month) => Number(month.slice(0, 4))))];
          const supervision = await repository();
          const rows = await supervision.monthFigures(codes, readFrom);
          const allocations = await supervision.allocatedByYear(codes, years);
          for (const key of group) {
            const allocated = new Map(
              allocations.filter((row) => row.regionCode === key.code).map((row) => [row.year, row.allocated]),
            );
            const own = rows.filter((row) => row.regionCode === key.code);
            results.set(trendKeyOf(key), composeSocialTrend(months, own, allocated));
          }
        }
        return keys.map((key) => results.get(trendKeyOf(key)) ?? []);
      },
      { cacheKeyFn: trendKeyOf },
    ),
    overdueApplications: new DataLoader<OverdueKey, number, string>(
      async (keys) => {
        const counts = new Map<string, number>();
        const now = new Date();
        for (const targetDays of new Set(keys.map((key) => key.targetDays))) {
          const codes = keys.filter((key) => key.targetDays === targetDays).map((key) => key.code);
          const rows = await (await repository()).overdueApplications(codes, waitingSince(now, targetDays));
          for (const row of rows) counts.set(`${row.regionCode}|${targetDays}`, row.count);
        }
        return keys.map((key) => counts.get(`${key.code}|${key.targetDays}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.code}|${key.targetDays}` },
    ),
    yearAllocations: new DataLoader<{ code: string; year: number }, AllocationModel[], string>(
      async (keys) => {
        const results = new Map<string, AllocationModel[]>();
        for (const year of new Set(keys.map((key) => key.year))) {
          const codes = keys.filter((key) => key.year === year).map((key) => key.code);
          const rows = await (await repository()).yearAllocations(codes, year);
          groupedByKey(codes, rows, (row) => row.regionCode).forEach((list, i) =>
            results.set(`${codes[i] ?? ''}|${year}`, list),
          );
        }
        return keys.map((key) => results.get(`${key.code}|${key.year}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.code}|${key.year}` },
    ),
    socialSupport: new DataLoader<SupportKey, bigint, string>(
      async (keys) => {
        const results = new Map<string, bigint>();
        for (const year of new Set(keys.map((key) => key.year))) {
          const matricules = keys.filter((key) => key.year === year).map((key) => key.matricule);
          const { start, end } = yearBounds(year);
          const rows = await (await repository()).socialSupport(matricules, start, end);
          byKey(matricules, rows, (row) => row.matricule).forEach((row, i) =>
            results.set(`${matricules[i] ?? ''}|${year}`, BigInt(row?.amount ?? 0)),
          );
        }
        return keys.map((key) => results.get(`${key.matricule}|${key.year}`) ?? 0n);
      },
      { cacheKeyFn: (key) => `${key.matricule}|${key.year}` },
    ),
  };
}

function trendKeyOf(key: TrendKey): string {
  return `${key.code}|${key.months}`;
}

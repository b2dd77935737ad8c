import { waitingSince } from '@dsp/common';
import { byKey, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { FeedState, HealthMonthModel } from './supervision.model';
import { SupervisionRepository } from './supervision.repository';
import { composeHealthTrend, trendMonths } from './supervision.rules';

/** A region's trend over the last `months` months, with the share decided within `targetDays`. */
export interface HealthTrendKey {
  code: string;
  months: number;
  targetDays: number;
}

/** Open claims of a region submitted more than `targetDays` days ago. */
export interface OverdueClaimsKey {
  code: string;
  targetDays: number;
}

export interface SupervisionLoaders {
  /** Regions' health trends: one summary read per distinct window, whatever the regions. */
  healthTrend: DataLoader<HealthTrendKey, HealthMonthModel[], string>;
  overdueClaims: DataLoader<OverdueClaimsKey, number, string>;
  pendingPriorAuthorisations: DataLoader<string, number>;
  /** The registry feed's state, read once per request. */
  feedState: DataLoader<'feed', FeedState>;
}

export function createSupervisionLoaders(db: RequestScope): SupervisionLoaders {
  const repository = async (): Promise<SupervisionRepository> => new SupervisionRepository(await db.manager());
  const trendKey = (key: HealthTrendKey): string => `${key.code}|${key.months}|${key.targetDays}`;

  return {
    healthTrend: new DataLoader<HealthTrendKey, HealthMonthModel[], string>(
      async (keys) => {
        const results = new Map<string, HealthMonthModel[]>();
        const now = new Date();
        for (const window of new Set(keys.map((key) => `${key.months}|${key.targetDays}`))) {
          const group = keys.filter((key) => `${key.months}|${key.targetDays}` === window);
          const first = group[0];
          if (!first) continue;
          const months = trendMonths(now, first.months);
          const rows = await (
            await repository()
          ).monthFigures(
            group.map((key) => key.code),
            months[0] ?? '',
            first.targetDays,
          );
          for (const key of group) {
            const own = rows.filter((row) => row.regionCode === key.code);
            results.set(trendKey(key), composeHealthTrend(months, own));
          }
        }
        return keys.map((key) => results.get(trendKey(key)) ?? []);
      },
      { cacheKeyFn: trendKey },
    ),
    overdueClaims: new DataLoader<OverdueClaimsKey, number, string>(
      async (keys) => {
        const counts = new Map<string, number>();
        const now = new Date();
        for (const targetDays of new Set(keys.map((key) => key.targetDays))) {
          const codes = keys.filter((key) => key.targetDays === targetDays).map((key) => key.code);
          const rows = await (await repository()).overdueClaims(codes, waitingSince(now, targetDays));
          for (const row of rows) counts.set(`${row.regionCode}|${targetDays}`, row.count);
        }
        return keys.map((key) => counts.get(`${key.code}|${key.targetDays}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.code}|${key.targetDays}` },
    ),
    pendingPriorAuthorisations: new DataLoader(async (codes) => {
      const rows = await (await repository()).pendingPriorAuthorisations(codes);
      return byKey(codes, rows, (row) => row.regionCode).map((row) => row?.count ?? 0);
    }),
    feedState: new DataLoader(async (keys) => {
      const state = await (await repository()).feedState();
      return keys.map(() => state);
    }),
  };
}

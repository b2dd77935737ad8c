import { waitingSince } from '@dsp/common';
import { type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { FeedState, HealthMonthModel } from './supervision.model';
import { SupervisionRepository } from './supervision.repository';
import { composeHealthTrend, trendMonths } from './supervision.rules';

/**
 * A region's supervision half: with `months`, its trend over the last
 * `months` months; without, its attention list. `targetDays` is the claim
 * target (the share decided within it, what is overdue).
 */
export interface SupervisionKey {
  code: string;
  months: number | null;
  targetDays: number;
}

/** What a key asks for: the trend (empty for an attention key) and the attention list's figures (zeros for a trend key). */
export interface RegionSupervision {
  trend: HealthMonthModel[];
  overdueClaims: number;
  pendingPriorAuthorisations: number;
  feed: FeedState;
}

export interface SupervisionLoaders {
  /**
   * Regions' trends and attention lists: the trend's and the attention
   * list's resolvers of every region asked run in the same tick, and get
   * one statement per claim target (the service has one), whatever the
   * regions and windows.
   */
  regionSupervision: DataLoader<SupervisionKey, RegionSupervision, string>;
}

function keyOf(key: SupervisionKey): string {
  return `${key.code}|${key.months ?? ''}|${key.targetDays}`;
}

export function createSupervisionLoaders(db: RequestScope): SupervisionLoaders {
  return {
    regionSupervision: new DataLoader<SupervisionKey, RegionSupervision, string>(
      async (keys) => {
        const results = new Map<string, RegionSupervision>();
        const now = new Date();
        for (const targetDays of new Set(keys.map((key) => key.targetDays))) {
          const group = keys.filter((key) => key.targetDays === targetDays);
          const trendKeys = group.filter((key) => key.months !== null);
          const longest = Math.max(1, ...trendKeys.map((key) => key.months ?? 1));
          const rows = await using(db, SupervisionRepository, (r) =>
            r.regionSupervision(
              trendKeys.map((key) => key.code),
              trendMonths(now, longest)[0] ?? '',
              targetDays,
              group.filter((key) => key.months === null).map((key) => key.code),
              waitingSince(now, targetDays),
            ),
          );
          for (const key of group) {
            const row = rows.find((candidate) => candidate.regionCode === key.code);
            results.set(keyOf(key), {
              trend: key.months === null ? [] : composeHealthTrend(trendMonths(now, key.months), row?.months ?? []),
              overdueClaims: row?.overdueClaims ?? 0,
              pendingPriorAuthorisations: row?.pendingPriorAuthorisations ?? 0,
              feed: row?.feed ?? { secondsSinceApplied: null, failed: false },
            });
          }
        }
        return keys.map((key) => results.get(keyOf(key)) ?? new Error(`No supervision figures for ${key.code}.`));
      },
      { cacheKeyFn: keyOf },
    ),
  };
}

import { currentUtcYear, waitingSince } from '@dsp/common';
import { byKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { AccessLoaders } from '../access/access.loaders';
import type { ApplicationsLoaders } from '../applications/applications.loaders';
import { composeRegionSocial } from '../applications/social.rules';
import type { HeadsLoaders } from '../heads/heads.loaders';
import type { OfficersLoaders } from '../officers/officers.loaders';
import type { ProgrammesLoaders } from '../programmes/programmes.loaders';
import type { SupervisionLoaders } from '../supervision/supervision.loaders';
import { composeSocialTrend, trendWindow } from '../supervision/supervision.rules';
import type { RegionEntity } from './region.entity';
import { RegionsRepository, type RegionCounts, type RegionOverview } from './regions.repository';
import { socialYear } from './regions.rules';

export interface RegionsLoaders {
  region: DataLoader<string, RegionEntity | null>;
  regionCounts: DataLoader<string, RegionCounts>;
}

/**
 * A region with the supervision view's parts its query asks for: the trend
 * over `months` months (null: not asked) and the attention list (with
 * applications overdue past `targetDays`).
 */
export interface SupervisionPageKey {
  code: string;
  months: number | null;
  attention: boolean;
  targetDays: number;
}

export interface RegionPageLoaders {
  /** A region with this year's social figures beside it: what a dashboard asks for. */
  regionPage: DataLoader<string, RegionEntity | null>;
  /** A region with its supervision figures beside it: what the supervision view asks for. */
  regionSupervision: DataLoader<SupervisionPageKey, RegionEntity | null, string>;
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

/** What a supervision page fills: the loaders its trend's and attention list's resolvers read. */
export type SupervisionPageLoaders = Pick<
  SupervisionLoaders,
  'socialTrend' | 'overdueApplications' | 'yearAllocations'
> &
  Pick<ProgrammesLoaders, 'campaign' | 'programme'>;

function supervisionPageKeyOf(key: SupervisionPageKey): string {
  return `${key.code}|${key.months ?? ''}|${key.attention}|${key.targetDays}`;
}

/**
 * Built once the social, supervision and programme loaders exist: a page
 * fills `regionSocial` for this year, and `region`; a supervision page fills
 * the trend, the attention list's counts and allocations, and the
 * allocations' campaigns and programmes.
 */
export function createRegionPageLoaders(
  db: RequestScope,
  related: RegionRelatedLoaders & RegionsLoaders & Pick<ApplicationsLoaders, 'regionSocial'> & SupervisionPageLoaders,
): RegionPageLoaders {
  return {
    regionSupervision: new DataLoader<SupervisionPageKey, RegionEntity | null, string>(
      async (keys) => {
        const now = new Date();
        const allocationYear = currentUtcYear();
        const regions = new Map<string, RegionEntity>();
        for (const targetDays of new Set(keys.map((key) => key.targetDays))) {
          const group = keys.filter((key) => key.targetDays === targetDays);
          const trendKeys = group.filter((key) => key.months !== null);
          // One read from the longest window: a shorter one is its tail.
          const longest = trendWindow(now, Math.max(1, ...trendKeys.map((key) => key.months ?? 1)));
          const overviews = await using(db, RegionsRepository, (r) =>
            r.supervisionOverviews([...new Set(group.map((key) => key.code))], {
              trendCodes: trendKeys.map((key) => key.code),
              readFrom: longest.readFrom,
              years: [...new Set([longest.readFrom, ...longest.months].map((month) => Number(month.slice(0, 4))))],
              attentionCodes: group.filter((key) => key.attention).map((key) => key.code),
              overdueBefore: waitingSince(now, targetDays),
              allocationYear,
            }),
          );
          for (const overview of overviews) {
            const { region, supervision } = overview;
            primeOverview(related, overview);
            related.region.prime(region.code, region);
            regions.set(region.code, region);
            for (const key of group.filter((candidate) => candidate.code === region.code)) {
              if (key.months !== null) {
                related.socialTrend.prime(
                  { code: region.code, months: key.months },
                  composeSocialTrend(
                    trendWindow(now, key.months).months,
                    supervision.months,
                    supervision.allocatedByYear,
                  ),
                );
              }
              if (!key.attention) continue;
              related.overdueApplications.prime({ code: region.code, targetDays }, supervision.overdueApplications);
              related.yearAllocations.prime(
                { code: region.code, year: allocationYear },
                supervision.allocations.map(({ allocation }) => allocation),
              );
              for (const { campaign, programme } of supervision.allocations) {
                related.campaign.prime(campaign.id, campaign);
                if (programme) related.programme.prime(programme.id, programme);
              }
            }
          }
        }
        return keys.map((key) => regions.get(key.code) ?? null);
      },
      { cacheKeyFn: supervisionPageKeyOf },
    ),
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

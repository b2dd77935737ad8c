import { todayUtc } from '@dsp/common';
import { byKey, groupedByKey } from '@dsp/subgraph-kit';
import type { Caller } from '@dsp/common';
import type { RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { BeneficiariesRepository } from './beneficiaries/beneficiaries.repository';
import type { CoverageEntity } from './beneficiaries/coverage.entity';
import type { FiledPerson } from './beneficiaries/person.model';
import type { ClaimLineEntity } from './claims/claim-line.entity';
import type { ClaimEntity } from './claims/claim.entity';
import { ClaimsRepository, type ClaimScopeRow } from './claims/claims.repository';
import { DiagnosisReadsRepository, type ClinicalRead } from './diagnoses/diagnoses.repository';
import type { PlanRuleEntity } from './plans/plan-rule.entity';
import type { PlanEntity } from './plans/plan.entity';
import { PlansRepository } from './plans/plans.repository';
import type { ProviderEntity } from './providers/provider.entity';
import { ProvidersRepository } from './providers/providers.repository';
import { RegionsRepository } from './regions/regions.repository';
import type { RegionHealthModel } from './regions/region.model';
import { composeRegionHealth } from './regions/region-health.rules';

export interface RegionYear {
  code: string;
  year: number;
}

/**
 * Per-request loaders: every entity reference and every list that crosses
 * tables is fetched for all the parents of a request in one `ANY($1)` query,
 * so the statements a request costs do not grow with the number of entities.
 */
export interface MutualLoaders {
  /** Where a person belongs, whoever asks (for access decisions). */
  person: DataLoader<string, FiledPerson | null>;
  coverage: DataLoader<string, CoverageEntity | null>;
  claimsOfBeneficiary: DataLoader<string, ClaimEntity[]>;
  /** Where a claim belongs, whoever asks (for access decisions). */
  claimScope: DataLoader<string, ClaimScopeRow | null>;
  claim: DataLoader<string, ClaimEntity | null>;
  /** Logs the caller's read of a claim's diagnoses, once per claim and request, in the request transaction. */
  /** Logs, once per request, each read of a clinical field of a record. */
  clinicalRead: DataLoader<ClinicalRead, true, string>;
  claimLines: DataLoader<string, ClaimLineEntity[]>;
  plan: DataLoader<string, PlanEntity | null>;
  planRules: DataLoader<string, PlanRuleEntity[]>;
  provider: DataLoader<string, ProviderEntity | null>;
  regionFacilities: DataLoader<string, ProviderEntity[]>;
  /** A region's claim figures for a year, from the claim summary. */
  regionHealth: DataLoader<RegionYear, RegionHealthModel, string>;
  /** People of each region covered today. */
  regionBeneficiaries: DataLoader<string, number>;
  /** Providers of each region. */
  regionProviders: DataLoader<string, number>;
}

export function createLoaders(db: RequestScope, caller: Caller): MutualLoaders {
  const using = async <R, T>(
    Repository: new (manager: EntityManager) => R,
    work: (repository: R) => Promise<T>,
  ): Promise<T> => work(new Repository(await db.manager()));

  return {
    person: new DataLoader(async (ids) =>
      byKey(ids, await using(BeneficiariesRepository, (r) => r.scopes(ids)), (row) => row.personId),
    ),
    coverage: new DataLoader(async (ids) =>
      byKey(ids, await using(BeneficiariesRepository, (r) => r.latestCoverages(ids)), (row) => row.beneficiaryId),
    ),
    claimsOfBeneficiary: new DataLoader(async (ids) =>
      groupedByKey(ids, await using(ClaimsRepository, (r) => r.ofBeneficiaries(ids)), (row) => row.beneficiaryId),
    ),
    claimScope: new DataLoader(async (ids) =>
      byKey(ids, await using(ClaimsRepository, (r) => r.scopes(ids)), (row) => row.id),
    ),
    claim: new DataLoader(async (ids) =>
      byKey(ids, await using(ClaimsRepository, (r) => r.byIds(ids)), (row) => row.id),
    ),
    clinicalRead: new DataLoader(
      async (reads) => {
        await db.write((manager) => new DiagnosisReadsRepository(manager).record(caller, reads));
        return reads.map(() => true as const);
      },
      { cacheKeyFn: (read) => `${read.field}:${read.claimId ?? ''}:${read.priorAuthorisationId ?? ''}` },
    ),
    claimLines: new DataLoader(async (ids) =>
      groupedByKey(ids, await using(ClaimsRepository, (r) => r.linesOf(ids)), (row) => row.claimId),
    ),
    plan: new DataLoader(async (ids) => byKey(ids, await using(PlansRepository, (r) => r.byIds(ids)), (row) => row.id)),
    planRules: new DataLoader(async (ids) =>
      groupedByKey(ids, await using(PlansRepository, (r) => r.rulesOf(ids)), (row) => row.planId),
    ),
    provider: new DataLoader(async (ids) =>
      byKey(ids, await using(ProvidersRepository, (r) => r.byIds(ids)), (row) => row.id),
    ),
    regionFacilities: new DataLoader(async (codes) =>
      groupedByKey(codes, await using(ProvidersRepository, (r) => r.byRegions(codes)), (row) => row.regionCode),
    ),
    regionHealth: new DataLoader(
      async (keys) => {
        const results = new Map<string, RegionHealthModel>();
        // One pair of summary reads per distinct year asked for, whatever the number of regions.
        for (const year of new Set(keys.map((key) => key.year))) {
          const codes = [...new Set(keys.filter((key) => key.year === year).map((key) => key.code))];
          const [figures, statusCounts] = await using(
            RegionsRepository,
            async (repository) =>
              [await repository.claimFigures(codes, year), await repository.statusCounts(codes, year)] as const,
          );
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
      const rows = await using(RegionsRepository, (r) => r.coveredBeneficiaries(codes, todayUtc()));
      return byKey(codes, rows, (row) => row.regionCode).map((row) => row?.count ?? 0);
    }),
    regionProviders: new DataLoader(async (codes) => {
      const rows = await using(RegionsRepository, (r) => r.providerCounts(codes));
      return byKey(codes, rows, (row) => row.regionCode).map((row) => row?.count ?? 0);
    }),
  };
}

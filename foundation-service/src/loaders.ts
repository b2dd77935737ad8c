import { isUuid, yearBounds } from '@dsp/common';
import { byKey, groupedByKey } from '@dsp/subgraph-kit';
import type { RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { OfficerIdentityScope } from './access/policy';
import {
  ScopeRepository,
  type AllocationScopeRow,
  type ApplicationScopeRow,
  type DependentScope,
  type DisbursementScopeRow,
} from './access/scope.repository';
import type { ApplicationEntity } from './applications/application.entity';
import type { DisbursementEntity } from './applications/disbursement.entity';
import { ApplicationsRepository } from './applications/applications.repository';
import type { RegionSocialModel } from './applications/social.model';
import { composeRegionSocial } from './applications/social.rules';
import type { HeadAppointmentEntity } from './heads/head-appointment.entity';
import { HeadsRepository } from './heads/heads.repository';
import type { DependentEntity } from './officers/dependent.entity';
import type { OfficerEntity } from './officers/officer.entity';
import { OfficersRepository } from './officers/officers.repository';
import type { TrainingEntity } from './officers/training.entity';
import type { AllocationModel } from './programmes/allocation.model';
import type { CampaignEntity } from './programmes/campaign.entity';
import type { ProgrammeEntity } from './programmes/programme.entity';
import { ProgrammesRepository } from './programmes/programmes.repository';
import type { RegionEntity } from './regions/region.entity';
import { RegionsRepository, type RegionCounts } from './regions/regions.repository';

export interface RegionYear {
  code: string;
  year: number;
}

/**
 * Per-request loaders: every entity reference and every list that crosses
 * tables is fetched for all the parents of a request in one `IN` query, so
 * the statements a request costs do not grow with the number of entities.
 */
export interface FoundationLoaders {
  region: DataLoader<string, RegionEntity | null>;
  regionCounts: DataLoader<string, RegionCounts>;
  regionSocial: DataLoader<RegionYear, RegionSocialModel, string>;
  /** Distinct people with an application approved or paid, decided in the year, per region. */
  regionReached: DataLoader<RegionYear, number, string>;
  officer: DataLoader<string, OfficerEntity | null>;
  trainings: DataLoader<string, TrainingEntity[]>;
  dependents: DataLoader<string, DependentEntity[]>;
  dependent: DataLoader<string, DependentEntity | null>;
  officerApplications: DataLoader<string, ApplicationEntity[]>;
  headAppointment: DataLoader<string, HeadAppointmentEntity | null>;
  currentHead: DataLoader<string, HeadAppointmentEntity | null>;
  headHistory: DataLoader<string, HeadAppointmentEntity[]>;
  programme: DataLoader<string, ProgrammeEntity | null>;
  programmeCampaigns: DataLoader<string, CampaignEntity[]>;
  campaign: DataLoader<string, CampaignEntity | null>;
  application: DataLoader<string, ApplicationEntity | null>;
  /** The allocations of each campaign that row-level security lets the caller see, in region order. */
  campaignAllocations: DataLoader<string, AllocationModel[]>;
  allocation: DataLoader<string, AllocationModel | null>;
  disbursement: DataLoader<string, DisbursementEntity | null>;
  /** The payment of each application (at most one, by a unique constraint). */
  applicationDisbursement: DataLoader<string, DisbursementEntity | null>;
  /** Where rows belong, whoever asks (for access decisions only). */
  officerScope: DataLoader<string, OfficerIdentityScope | null>;
  dependentScope: DataLoader<string, DependentScope | null>;
  applicationScope: DataLoader<string, ApplicationScopeRow | null>;
  allocationScope: DataLoader<string, AllocationScopeRow | null>;
  disbursementScope: DataLoader<string, DisbursementScopeRow | null>;
}

/** Keys that cannot be UUIDs name nothing: they are answered null without reaching a uuid column. */
async function byUuid<T>(
  keys: readonly string[],
  fetch: (ids: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<Array<T | null>> {
  const ids = keys.filter(isUuid);
  return byKey(keys, ids.length > 0 ? await fetch(ids) : [], keyOf);
}

export function createLoaders(db: RequestScope): FoundationLoaders {
  const regions = async (): Promise<RegionsRepository> => new RegionsRepository(await db.manager());
  const officers = async (): Promise<OfficersRepository> => new OfficersRepository(await db.manager());
  const heads = async (): Promise<HeadsRepository> => new HeadsRepository(await db.manager());
  const programmes = async (): Promise<ProgrammesRepository> => new ProgrammesRepository(await db.manager());
  const applications = async (): Promise<ApplicationsRepository> => new ApplicationsRepository(await db.manager());
  const scopes = async (): Promise<ScopeRepository> => new ScopeRepository(await db.manager());

  const regionCounts = new DataLoader<string, RegionCounts>(async (codes) => {
    const rows = await (await regions()).counts(codes);
    return byKey(codes, rows, (row) => row.regionCode).map(
      (row, i) => row ?? { regionCode: codes[i] ?? '', staff: 0, beneficiaries: 0 },
    );
  });

  return {
    region: new DataLoader(async (codes) => byKey(codes, await (await regions()).byCodes(codes), (row) => row.code)),
    regionCounts,
    regionSocial: new DataLoader<RegionYear, RegionSocialModel, string>(
      async (keys) => {
        const years = [...new Set(keys.map((key) => key.year))];
        const results = new Map<string, RegionSocialModel>();
        for (const year of years) {
          const codes = keys.filter((key) => key.year === year).map((key) => key.code);
          const [figures, counts] = await Promise.all([
            (await applications()).figures(codes, year),
            regionCounts.loadMany(codes),
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
          const reached = await (
            await applications()
          ).beneficiariesReached(
            keys.filter((key) => key.year === year).map((key) => key.code),
            start,
            end,
          );
          for (const [code, count] of reached) results.set(`${code}|${year}`, count);
        }
        return keys.map((key) => results.get(`${key.code}|${key.year}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.code}|${key.year}` },
    ),
    officer: new DataLoader(async (matricules) =>
      byKey(matricules, await (await officers()).byMatricules(matricules), (row) => row.matricule),
    ),
    trainings: new DataLoader(async (matricules) =>
      groupedByKey(matricules, await (await officers()).trainingsOf(matricules), (row) => row.officerMatricule),
    ),
    dependents: new DataLoader(async (matricules) =>
      groupedByKey(matricules, await (await officers()).dependentsOf(matricules), (row) => row.officerMatricule),
    ),
    dependent: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await officers()).dependentsByIds(valid),
        (row) => row.id,
      ),
    ),
    officerApplications: new DataLoader(async (matricules) =>
      groupedByKey(matricules, await (await applications()).ofOfficers(matricules), (row) => row.officerMatricule),
    ),
    headAppointment: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await heads()).byIds(valid),
        (row) => row.id,
      ),
    ),
    currentHead: new DataLoader(async (codes) =>
      byKey(codes, await (await heads()).openIn(codes), (row) => row.regionCode),
    ),
    headHistory: new DataLoader(async (codes) =>
      groupedByKey(codes, await (await heads()).historyOf(codes), (row) => row.regionCode),
    ),
    programme: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await programmes()).programmesByIds(valid),
        (row) => row.id,
      ),
    ),
    programmeCampaigns: new DataLoader(async (ids) =>
      groupedByKey(ids, await (await programmes()).campaignsOf(ids.filter(isUuid)), (row) => row.programmeId),
    ),
    campaign: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await programmes()).campaignsByIds(valid),
        (row) => row.id,
      ),
    ),
    application: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await applications()).byIds(valid),
        (row) => row.id,
      ),
    ),
    campaignAllocations: new DataLoader(async (ids) =>
      groupedByKey(
        ids,
        await (await programmes()).allocations({ campaignIds: ids.filter(isUuid) }),
        (row) => row.campaignId,
      ),
    ),
    allocation: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await programmes()).allocations({ ids: valid }),
        (row) => row.id,
      ),
    ),
    disbursement: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await applications()).disbursementsByIds(valid),
        (row) => row.id,
      ),
    ),
    applicationDisbursement: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await applications()).disbursementsOf(valid),
        (row) => row.applicationId,
      ),
    ),
    officerScope: new DataLoader(async (matricules) =>
      byKey(matricules, await (await scopes()).officers(matricules), (row) => row.matricule),
    ),
    dependentScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await scopes()).dependents(valid),
        (row) => row.id,
      ),
    ),
    applicationScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await scopes()).applications(valid),
        (row) => row.id,
      ),
    ),
    allocationScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await scopes()).allocations(valid),
        (row) => row.id,
      ),
    ),
    disbursementScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => (await scopes()).disbursements(valid),
        (row) => row.id,
      ),
    ),
  };
}

import { addYears, BadUserInputError, checkMonthCount, todayUtc } from '@dsp/common';
import {
  mayReadNationalHealthFigures,
  mayReadSolidarityCandidates,
  maySeeRegionHealth,
  requireAccess,
} from '../access';
import type { OfficerModel } from '../beneficiaries/person.model';
import type { MutualContext } from '../context';
import { DiagnosisReadsRepository } from '../diagnoses/diagnoses.repository';
import type { RegionModel } from '../regions/region.model';
import type { RegionSupervision } from './supervision.loaders';
import type { HealthAttentionModel, HealthMonthModel, SolidarityCandidateModel } from './supervision.model';
import { SupervisionRepository } from './supervision.repository';
import {
  composeHealthTrend,
  isFeedBehind,
  MAX_SOLIDARITY_CANDIDATES,
  MAX_TREND_MONTHS,
  trendMonths,
} from './supervision.rules';

/** A region's monthly claim figures: its head, its mutual agents, the medical advisors and the national administration. */
export async function healthTrend(
  context: MutualContext,
  region: RegionModel,
  months: number,
): Promise<HealthMonthModel[]> {
  requireAccess(context, maySeeRegionHealth(context.caller, region.code));
  const key = {
    code: region.code,
    months: checkMonthCount('months', months, MAX_TREND_MONTHS),
    targetDays: context.settings.claimTargetDays,
  };
  return (await context.loaders.regionSupervision.load(key)).trend;
}

/** The nation's monthly claim figures, the sum over every region: the national administration only. */
export async function nationalHealthTrend(context: MutualContext, months: number): Promise<HealthMonthModel[]> {
  requireAccess(
    context,
    mayReadNationalHealthFigures(context.caller),
    'Only the national administration reads national figures.',
  );
  const list = trendMonths(new Date(), checkMonthCount('months', months, MAX_TREND_MONTHS));
  const repository = new SupervisionRepository(await context.db.manager());
  const rows = await repository.monthFigures(null, list[0] ?? '', context.settings.claimTargetDays);
  return composeHealthTrend(list, rows);
}

/** What needs action in a region's health half (same readers as the trend); each part is read when asked. */
export function healthAttention(context: MutualContext, region: RegionModel): HealthAttentionModel {
  requireAccess(context, maySeeRegionHealth(context.caller, region.code));
  return { regionCode: region.code };
}

export function claimTargetDays(context: MutualContext): number {
  return context.settings.claimTargetDays;
}

/** The attention list's figures, read with the region's trend when both are asked. */
function attentionFigures(context: MutualContext, attention: HealthAttentionModel): Promise<RegionSupervision> {
  return context.loaders.regionSupervision.load({
    code: attention.regionCode,
    months: null,
    targetDays: context.settings.claimTargetDays,
  });
}

export async function overdueClaims(context: MutualContext, attention: HealthAttentionModel): Promise<number> {
  return (await attentionFigures(context, attention)).overdueClaims;
}

export async function pendingPriorAuthorisations(
  context: MutualContext,
  attention: HealthAttentionModel,
): Promise<number> {
  return (await attentionFigures(context, attention)).pendingPriorAuthorisations;
}

export async function registryFeedLagSeconds(
  context: MutualContext,
  attention: HealthAttentionModel,
): Promise<number | null> {
  return (await attentionFigures(context, attention)).feed.secondsSinceApplied;
}

export async function registryFeedBehind(context: MutualContext, attention: HealthAttentionModel): Promise<boolean> {
  return isFeedBehind((await attentionFigures(context, attention)).feed, context.settings.registryFeedMaxLagSeconds);
}

/**
 * Families of the region over the out-of-pocket threshold: the head of the
 * region and the national administration only. Every read is written to the
 * clinical read log in the request's transaction, and nothing is kept
 * between requests (no loader: two reads in one request are two reads).
 */
export async function solidarityCandidates(
  context: MutualContext,
  region: RegionModel,
  threshold: bigint | null,
): Promise<SolidarityCandidateModel[]> {
  requireAccess(
    context,
    mayReadSolidarityCandidates(context.caller, region.code),
    "Solidarity candidates are for the region's head and the national administration.",
  );
  const minimum = threshold ?? context.settings.solidarityThreshold;
  if (minimum <= 0n) throw new BadUserInputError('threshold', 'The threshold must be more than 0 MAD.');
  await context.db.write((manager) =>
    new DiagnosisReadsRepository(manager).record(context.caller, [
      { field: 'solidarityCandidates', claimId: null, priorAuthorisationId: null, regionCode: region.code },
    ]),
  );
  const repository = new SupervisionRepository(await context.db.manager());
  return repository.solidarityCandidates(region.code, addYears(todayUtc(), -1), minimum, MAX_SOLIDARITY_CANDIDATES);
}

/** The officer whose family it is, as a reference the foundation resolves (the officer's own fields check access). */
export async function candidateOfficer(
  context: MutualContext,
  candidate: SolidarityCandidateModel,
): Promise<OfficerModel> {
  const person = await context.loaders.person.load(candidate.officerMatricule);
  return { matricule: candidate.officerMatricule, person: person?.kind === 'OFFICER' ? person : null };
}

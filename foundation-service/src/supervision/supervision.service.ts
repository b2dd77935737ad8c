import { checkMonthCount, currentUtcYear, todayUtc } from '@dsp/common';
import { requireRegionFigures } from '../access/access.service';
import { mayReadNationalFigures, mayReadSocialSupport, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import type { HeadAppointmentEntity } from '../heads/head-appointment.entity';
import { termEndsOn } from '../heads/heads.rules';
import type { OfficerEntity } from '../officers/officer.entity';
import type { SocialAttentionModel, SocialMonthModel, StrainedAllocationModel } from './supervision.model';
import { SupervisionRepository } from './supervision.repository';
import { composeSocialTrend, isTermEnding, MAX_TREND_MONTHS, strainOf, trendWindow } from './supervision.rules';

/** A region's monthly social figures: its head, its foundation agents and the national administration. */
export function socialTrend(ctx: FoundationContext, code: string, months: number): Promise<SocialMonthModel[]> {
  requireRegionFigures(ctx, code);
  return ctx.loaders.socialTrend.load({ code, months: checkMonthCount('months', months, MAX_TREND_MONTHS) });
}

/** The nation's monthly social figures, the sum over every region: the national administration only. */
export async function nationalSocialTrend(ctx: FoundationContext, months: number): Promise<SocialMonthModel[]> {
  requireAccess(ctx, mayReadNationalFigures(ctx.caller), 'Only the national administration reads national figures.');
  const window = trendWindow(new Date(), checkMonthCount('months', months, MAX_TREND_MONTHS));
  const repository = new SupervisionRepository(await ctx.db.manager());
  const rows = await repository.monthFigures(null, window.readFrom);
  const years = [...new Set([window.readFrom, ...window.months].map((month) => Number(month.slice(0, 4))))];
  const allocated = await repository.allocatedByYear(null, years);
  return composeSocialTrend(window.months, rows, new Map(allocated.map((row) => [row.year, row.allocated])));
}

/** What needs action in a region's social half (same readers as the trend); each part is read when asked. */
export function socialAttention(ctx: FoundationContext, code: string): SocialAttentionModel {
  requireRegionFigures(ctx, code);
  return { regionCode: code };
}

export function applicationTargetDays(ctx: FoundationContext): number {
  return ctx.settings.applicationTargetDays;
}

export function overdueApplications(ctx: FoundationContext, attention: SocialAttentionModel): Promise<number> {
  return ctx.loaders.overdueApplications.load({
    code: attention.regionCode,
    targetDays: ctx.settings.applicationTargetDays,
  });
}

export async function strainedAllocations(
  ctx: FoundationContext,
  attention: SocialAttentionModel,
): Promise<StrainedAllocationModel[]> {
  const allocations = await ctx.loaders.yearAllocations.load({ code: attention.regionCode, year: currentUtcYear() });
  return allocations.map(strainOf).filter((strain): strain is StrainedAllocationModel => strain !== null);
}

/** The day the current head's term reaches the configured limit; null without a head. */
export async function headTermEndsOn(ctx: FoundationContext, attention: SocialAttentionModel): Promise<string | null> {
  const head = await ctx.loaders.currentHead.load(attention.regionCode);
  return head === null ? null : termEndsOn(head, ctx.settings.headTermYears);
}

/** The current head, when the term's limit is within 90 days or past. */
export async function headTermEnding(
  ctx: FoundationContext,
  attention: SocialAttentionModel,
): Promise<HeadAppointmentEntity | null> {
  const head = await ctx.loaders.currentHead.load(attention.regionCode);
  if (head === null) return null;
  return isTermEnding(termEndsOn(head, ctx.settings.headTermYears), todayUtc()) ? head : null;
}

/** What the family received this year: the head of the officer's region and the national administration; null for anyone else. */
export function socialSupportThisYear(ctx: FoundationContext, officer: OfficerEntity): Promise<bigint> | null {
  if (!mayReadSocialSupport(ctx.caller, officer)) return null;
  return ctx.loaders.socialSupport.load({ matricule: officer.matricule, year: currentUtcYear() });
}

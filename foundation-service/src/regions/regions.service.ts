import { isMonthCount } from '@dsp/common';
import { selectedArguments, selectsField } from '@dsp/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import type { RegionSocialModel } from '../applications/social.model';
import { mayReadRegionFigures } from '../access';
import { requireRegionFigures } from '../access/access.service';
import type { MeModel } from '../access/me.model';
import { required } from '../base/required';
import type { FoundationContext } from '../context';
import type { RegionEntity } from './region.entity';
import { RegionsRepository } from './regions.repository';
import { MAX_TREND_MONTHS } from '../supervision/supervision.rules';
import { socialYear } from './regions.rules';

export async function listRegions(ctx: FoundationContext): Promise<RegionEntity[]> {
  const regions = await new RegionsRepository(await ctx.db.manager()).all();
  for (const region of regions) ctx.loaders.region.prime(region.code, region);
  return regions;
}

/**
 * A region by code. With the query's `info`, a query that asks for this
 * year's social figures (a dashboard) gets them in the region's statement,
 * and one that asks for the supervision view's trend or attention list gets
 * them there too, when the caller may read them (the resolvers check again).
 */
export function findRegion(
  ctx: FoundationContext,
  code: string,
  info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'variableValues'>,
): Promise<RegionEntity | null> {
  if (!info) return ctx.loaders.region.load(code);
  if (selectsField(info, 'social')) return ctx.loaders.regionPage.load(code);
  // A length the trend's resolver refuses is left to it.
  const months = selectedArguments(info, 'socialTrend')?.months;
  const trendMonths = typeof months === 'number' && isMonthCount(months, MAX_TREND_MONTHS) ? months : null;
  const attention = selectsField(info, 'socialAttention');
  if ((trendMonths === null && !attention) || !mayReadRegionFigures(ctx.caller, code)) {
    return ctx.loaders.region.load(code);
  }
  return ctx.loaders.regionSupervision.load({
    code,
    months: trendMonths,
    attention,
    targetDays: ctx.settings.applicationTargetDays,
  });
}

/** The region a row names (a foreign key guarantees it exists). */
export function referencedRegion(ctx: FoundationContext, code: string): Promise<RegionEntity> {
  return required(findRegion(ctx, code), 'Region', code);
}

/** The region of the verified caller, null for national roles. */
export function callerRegion(ctx: FoundationContext, me: MeModel): Promise<RegionEntity> | null {
  return me.region === null ? null : referencedRegion(ctx, me.region);
}

/** Names, kind and heads are public; the figures are checked against the region's row. */
export async function staffCount(ctx: FoundationContext, code: string): Promise<number> {
  requireRegionFigures(ctx, code);
  return (await ctx.loaders.regionCounts.load(code)).staff;
}

export async function beneficiaryCount(ctx: FoundationContext, code: string): Promise<number> {
  requireRegionFigures(ctx, code);
  return (await ctx.loaders.regionCounts.load(code)).beneficiaries;
}

export function regionSocial(ctx: FoundationContext, code: string, year: number | null): Promise<RegionSocialModel> {
  requireRegionFigures(ctx, code);
  return ctx.loaders.regionSocial.load({ code, year: socialYear(year, new Date()) });
}

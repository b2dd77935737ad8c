import { BadUserInputError, checkYear, ConflictError, isRegionCode, isUuid } from '@dsp/common';
import { isUniqueViolation, oncePerKey, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mayManageCampaigns, mayReadAllocation, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import type { CreateCampaignInput, SetCampaignAllocationInput } from '../generated/schema-types';
import { required } from '../base/required';
import type { AllocationModel } from './allocation.model';
import { remainingBudget, remainingQuota } from './allocation.rules';
import type { CampaignEntity } from './campaign.entity';
import { validateRules } from './eligibility.rules';
import { byProgrammeKind } from './programme-order';
import type { ProgrammeEntity } from './programme.entity';
import { ProgrammesRepository, type NewCampaign } from './programmes.repository';

/**
 * Programmes and campaigns are reference data every authenticated role
 * reads; allocations are read by their region. The national administration
 * opens campaigns with their eligibility rules and sets each region's
 * budget and quota.
 * Input is checked before anything is written (BAD_USER_INPUT names the
 * field); each change writes an audit record in the same savepoint.
 */

const MAX_SEASON_LENGTH = 40;
const MAX_QUOTA = 1_000_000;

/** A Money input as centimes (the scalar already parsed it). */
function centimes(value: bigint | string): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

function checkCampaign(input: CreateCampaignInput): NewCampaign {
  if (!isUuid(input.programmeId)) throw new BadUserInputError('programmeId', `No programme ${input.programmeId}.`);
  const season = input.season.trim();
  if (season.length === 0 || season.length > MAX_SEASON_LENGTH)
    throw new BadUserInputError('season', `season is 1 to ${MAX_SEASON_LENGTH} characters.`);
  checkYear('year', input.year);
  if (input.closesOn < input.opensOn) throw new BadUserInputError('closesOn', 'closesOn must not be before opensOn.');
  const benefit = centimes(input.benefitAmount);
  if (benefit <= 0n) throw new BadUserInputError('benefitAmount', 'benefitAmount must be positive.');
  return {
    programmeId: input.programmeId,
    season,
    year: input.year,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    benefitAmount: benefit.toString(),
    eligibility: validateRules(input.eligibility),
  };
}

async function insertCampaign(
  manager: EntityManager,
  ctx: FoundationContext,
  campaign: NewCampaign,
): Promise<{ id: string }> {
  const programmes = new ProgrammesRepository(manager);
  if (!(await programmes.programmeExists(campaign.programmeId)))
    throw new BadUserInputError('programmeId', `No programme ${campaign.programmeId}.`);
  if (await programmes.seasonTaken(campaign.programmeId, campaign.season)) {
    throw new BadUserInputError('season', `The programme already has a campaign for the season ${campaign.season}.`);
  }
  try {
    const created = await programmes.insertCampaign(campaign);
    await writeAudit(manager, ctx.caller, {
      entity: 'campaign',
      entityId: created.id,
      regionCode: null,
      action: 'CREATE',
      before: null,
      after: { id: created.id, ...campaign, version: created.version },
    });
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new BadUserInputError('season', `The programme already has a campaign for the season ${campaign.season}.`);
    throw error;
  }
}

export async function createCampaign(ctx: FoundationContext, input: CreateCampaignInput): Promise<CampaignEntity> {
  requireAccess(ctx, mayManageCampaigns(ctx.caller), 'Only the national administration opens campaigns.');
  const campaign = checkCampaign(input);
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'createCampaign', input.idempotencyKey, campaign, () =>
      insertCampaign(manager, ctx, campaign),
    ),
  );
  ctx.loaders.programmeCampaigns.clear(campaign.programmeId);
  const created = await new ProgrammesRepository(await ctx.db.manager()).campaignById(id);
  if (!created) throw new Error(`The campaign ${id} was not found after it was written.`);
  return created;
}

export async function setCampaignAllocation(
  ctx: FoundationContext,
  input: SetCampaignAllocationInput,
): Promise<AllocationModel> {
  requireAccess(ctx, mayManageCampaigns(ctx.caller), 'Only the national administration sets budgets and quotas.');
  if (!isUuid(input.campaignId)) throw new BadUserInputError('campaignId', `No campaign ${input.campaignId}.`);
  const regionCode = input.regionCode.trim().toUpperCase();
  if (!isRegionCode(regionCode)) throw new BadUserInputError('regionCode', `No region ${input.regionCode}.`);
  const allocated = centimes(input.allocated);
  if (allocated < 0n) throw new BadUserInputError('allocated', 'allocated must not be negative.');
  if (!Number.isInteger(input.quota) || input.quota < 0 || input.quota > MAX_QUOTA)
    throw new BadUserInputError('quota', `quota is a whole number from 0 to ${MAX_QUOTA}.`);
  const expectedVersion = input.expectedVersion ?? null;

  const id = await ctx.db.write(async (manager) => {
    const programmes = new ProgrammesRepository(manager);
    if (!(await programmes.campaignExists(input.campaignId)))
      throw new BadUserInputError('campaignId', `No campaign ${input.campaignId}.`);
    const current = await programmes.lockAllocation(input.campaignId, regionCode);
    const after = { campaignId: input.campaignId, regionCode, allocated: allocated.toString(), quota: input.quota };
    if (!current) {
      if (expectedVersion !== null)
        throw new ConflictError(
          `${regionCode} has no allocation for this campaign yet; omit expectedVersion to create it.`,
        );
      try {
        const created = await programmes.insertAllocation(input.campaignId, regionCode, allocated, input.quota);
        await writeAudit(manager, ctx.caller, {
          entity: 'campaign_allocation',
          entityId: created.id,
          regionCode,
          action: 'CREATE',
          before: null,
          after: { id: created.id, ...after, version: created.version },
        });
        return created.id;
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError(`${regionCode}'s allocation was created at the same time; reload it and try again.`);
        throw error;
      }
    }
    if (expectedVersion === null || expectedVersion !== current.version) {
      throw new ConflictError(`${regionCode}'s allocation is at version ${current.version}; reload it and try again.`);
    }
    if (allocated < current.committed)
      throw new BadUserInputError(
        'allocated',
        `allocated must cover what is already committed (${current.committed} centimes).`,
      );
    if (input.quota < current.approved)
      throw new BadUserInputError('quota', `quota must cover the ${current.approved} applications already approved.`);
    await programmes.updateAllocation(current.id, expectedVersion, allocated, input.quota);
    await writeAudit(manager, ctx.caller, {
      entity: 'campaign_allocation',
      entityId: current.id,
      regionCode,
      action: 'UPDATE',
      before: {
        id: current.id,
        campaignId: input.campaignId,
        regionCode,
        allocated: current.allocated.toString(),
        quota: current.quota,
        version: current.version,
      },
      after: { id: current.id, ...after, version: current.version + 1 },
    });
    return current.id;
  });
  const [model] = await new ProgrammesRepository(await ctx.db.manager()).allocations({ ids: [id] });
  if (!model) throw new Error(`The allocation ${id} was not found after it was written.`);
  return model;
}

export async function listProgrammes(ctx: FoundationContext): Promise<ProgrammeEntity[]> {
  const programmes = await new ProgrammesRepository(await ctx.db.manager()).allProgrammes();
  return programmes.sort(byProgrammeKind);
}

export async function listCampaigns(
  ctx: FoundationContext,
  year: number | null,
  openOn: string | null,
): Promise<CampaignEntity[]> {
  if (year !== null) checkYear('year', year);
  return new ProgrammesRepository(await ctx.db.manager()).campaigns(year, openOn);
}

/** A campaign's allocations the caller may read (their own region's for regional roles). */
export async function readableAllocations(ctx: FoundationContext, campaignId: string): Promise<AllocationModel[]> {
  return (await ctx.loaders.campaignAllocations.load(campaignId)).filter((allocation) =>
    mayReadAllocation(ctx.caller, allocation.regionCode),
  );
}

/** An allocation by reference: by its region (read from the row), FORBIDDEN otherwise; an unknown one is null. */
export async function allocationByReference(ctx: FoundationContext, id: string): Promise<AllocationModel | null> {
  const scope = await ctx.loaders.allocationScope.load(id);
  if (scope === null) return null;
  requireAccess(ctx, mayReadAllocation(ctx.caller, scope.regionCode));
  return ctx.loaders.allocation.load(id);
}

export function findProgramme(ctx: FoundationContext, id: string): Promise<ProgrammeEntity | null> {
  return ctx.loaders.programme.load(id);
}

/** The programme a row names (a foreign key guarantees it exists). */
export function referencedProgramme(ctx: FoundationContext, id: string): Promise<ProgrammeEntity> {
  return required(findProgramme(ctx, id), 'Programme', id);
}

/** A programme's campaigns, newest first. */
export function programmeCampaigns(ctx: FoundationContext, programmeId: string): Promise<CampaignEntity[]> {
  return ctx.loaders.programmeCampaigns.load(programmeId);
}

export function findCampaign(ctx: FoundationContext, id: string): Promise<CampaignEntity | null> {
  return ctx.loaders.campaign.load(id);
}

/** The campaign a row names (a foreign key guarantees it exists). */
export function referencedCampaign(ctx: FoundationContext, id: string): Promise<CampaignEntity> {
  return required(findCampaign(ctx, id), 'Campaign', id);
}

export function allocationRemainingBudget(allocation: AllocationModel): bigint {
  return remainingBudget(allocation.allocated, allocation.committed);
}

export function allocationRemainingQuota(allocation: AllocationModel): number {
  return remainingQuota(allocation.quota, allocation.approvedCount);
}

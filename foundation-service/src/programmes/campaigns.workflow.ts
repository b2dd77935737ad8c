import { BadUserInputError, checkYear, ConflictError, isRegionCode, isUuid } from '@dsp/common';
import { isUniqueViolation, oncePerKey, updateVersioned, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mayManageCampaigns, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import type { CreateCampaignInput, SetCampaignAllocationInput } from '../generated/schema-types';
import type { AllocationModel } from './allocation.model';
import { CampaignEntity } from './campaign.entity';
import { validateRules, type CampaignRules } from './eligibility';
import { ProgrammesRepository } from './programmes.repository';

/**
 * The national administration's side of the programmes: opening campaigns
 * with their eligibility rules, and setting each region's budget and quota.
 * Input is checked before anything is written (BAD_USER_INPUT names the
 * field); each change writes an audit record in the same savepoint.
 */

const MAX_SEASON_LENGTH = 40;
const MAX_QUOTA = 1_000_000;

/** A Money input as centimes (the scalar already parsed it). */
function centimes(value: bigint | string): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

interface NewCampaign {
  programmeId: string;
  season: string;
  year: number;
  opensOn: string;
  closesOn: string;
  benefitAmount: string;
  eligibility: CampaignRules;
}

function checkCampaign(input: CreateCampaignInput): NewCampaign {
  if (!isUuid(input.programmeId)) throw new BadUserInputError('programmeId', `No programme ${input.programmeId}.`);
  const season = input.season.trim();
  if (season.length === 0 || season.length > MAX_SEASON_LENGTH) throw new BadUserInputError('season', `season is 1 to ${MAX_SEASON_LENGTH} characters.`);
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

async function insertCampaign(manager: EntityManager, ctx: FoundationContext, campaign: NewCampaign): Promise<{ id: string }> {
  const [programme] = await manager.query<Array<{ id: string }>>('SELECT id FROM programme WHERE id = $1', [campaign.programmeId]);
  if (!programme) throw new BadUserInputError('programmeId', `No programme ${campaign.programmeId}.`);
  const [taken] = await manager.query<unknown[]>('SELECT 1 FROM campaign WHERE programme_id = $1 AND season = $2', [campaign.programmeId, campaign.season]);
  if (taken) throw new BadUserInputError('season', `The programme already has a campaign for the season ${campaign.season}.`);
  try {
    const [created] = await manager.query<[{ id: string; version: number }]>(
      `INSERT INTO campaign (programme_id, season, year, opens_on, closes_on, benefit_amount, eligibility)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, version`,
      [campaign.programmeId, campaign.season, campaign.year, campaign.opensOn, campaign.closesOn, campaign.benefitAmount, JSON.stringify(campaign.eligibility)],
    );
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
    if (isUniqueViolation(error)) throw new BadUserInputError('season', `The programme already has a campaign for the season ${campaign.season}.`);
    throw error;
  }
}

export async function createCampaign(ctx: FoundationContext, input: CreateCampaignInput): Promise<CampaignEntity> {
  requireAccess(ctx, mayManageCampaigns(ctx.caller), 'Only the national administration opens campaigns.');
  const campaign = checkCampaign(input);
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'createCampaign', input.idempotencyKey, campaign, () => insertCampaign(manager, ctx, campaign)),
  );
  ctx.loaders.programmeCampaigns.clear(campaign.programmeId);
  const created = await (await ctx.db.manager()).findOneBy(CampaignEntity, { id });
  if (!created) throw new Error(`The campaign ${id} was not found after it was written.`);
  return created;
}

/** A region's allocation, locked until the transaction ends, with what is committed to it (lock_allocation in the database). */
export interface LockedAllocation {
  id: string;
  allocated: bigint;
  quota: number;
  committed: bigint;
  approved: number;
  version: number;
}

export async function lockAllocation(manager: EntityManager, campaignId: string, regionCode: string): Promise<LockedAllocation | null> {
  const [row] = await manager.query<Array<{ id: string; allocated: string; quota: number; committed: string; approved: number; version: number }>>(
    'SELECT id, allocated::text, quota, committed::text, approved, version FROM lock_allocation($1, $2)',
    [campaignId, regionCode],
  );
  return row ? { id: row.id, allocated: BigInt(row.allocated), quota: row.quota, committed: BigInt(row.committed), approved: row.approved, version: row.version } : null;
}

export async function setCampaignAllocation(ctx: FoundationContext, input: SetCampaignAllocationInput): Promise<AllocationModel> {
  requireAccess(ctx, mayManageCampaigns(ctx.caller), 'Only the national administration sets budgets and quotas.');
  if (!isUuid(input.campaignId)) throw new BadUserInputError('campaignId', `No campaign ${input.campaignId}.`);
  const regionCode = input.regionCode.trim().toUpperCase();
  if (!isRegionCode(regionCode)) throw new BadUserInputError('regionCode', `No region ${input.regionCode}.`);
  const allocated = centimes(input.allocated);
  if (allocated < 0n) throw new BadUserInputError('allocated', 'allocated must not be negative.');
  if (!Number.isInteger(input.quota) || input.quota < 0 || input.quota > MAX_QUOTA) throw new BadUserInputError('quota', `quota is a whole number from 0 to ${MAX_QUOTA}.`);
  const expectedVersion = input.expectedVersion ?? null;

  const id = await ctx.db.write(async (manager) => {
    const [campaign] = await manager.query<unknown[]>('SELECT 1 FROM campaign WHERE id = $1', [input.campaignId]);
    if (!campaign) throw new BadUserInputError('campaignId', `No campaign ${input.campaignId}.`);
    const current = await lockAllocation(manager, input.campaignId, regionCode);
    const after = { campaignId: input.campaignId, regionCode, allocated: allocated.toString(), quota: input.quota };
    if (!current) {
      if (expectedVersion !== null) throw new ConflictError(`${regionCode} has no allocation for this campaign yet; omit expectedVersion to create it.`);
      try {
        const [created] = await manager.query<[{ id: string; version: number }]>(
          'INSERT INTO campaign_allocation (campaign_id, region_code, allocated, quota) VALUES ($1, $2, $3, $4) RETURNING id, version',
          [input.campaignId, regionCode, allocated.toString(), input.quota],
        );
        await writeAudit(manager, ctx.caller, { entity: 'campaign_allocation', entityId: created.id, regionCode, action: 'CREATE', before: null, after: { id: created.id, ...after, version: created.version } });
        return created.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError(`${regionCode}'s allocation was created at the same time; reload it and try again.`);
        throw error;
      }
    }
    if (expectedVersion === null || expectedVersion !== current.version) {
      throw new ConflictError(`${regionCode}'s allocation is at version ${current.version}; reload it and try again.`);
    }
    if (allocated < current.committed) throw new BadUserInputError('allocated', `allocated must cover what is already committed (${current.committed} centimes).`);
    if (input.quota < current.approved) throw new BadUserInputError('quota', `quota must cover the ${current.approved} applications already approved.`);
    await updateVersioned(manager, 'campaign_allocation', current.id, expectedVersion, 'allocated = $3, quota = $4', [allocated.toString(), input.quota]);
    await writeAudit(manager, ctx.caller, {
      entity: 'campaign_allocation',
      entityId: current.id,
      regionCode,
      action: 'UPDATE',
      before: { id: current.id, campaignId: input.campaignId, regionCode, allocated: current.allocated.toString(), quota: current.quota, version: current.version },
      after: { id: current.id, ...after, version: current.version + 1 },
    });
    return current.id;
  });
  const [model] = await new ProgrammesRepository(await ctx.db.manager()).allocations({ ids: [id] });
  if (!model) throw new Error(`The allocation ${id} was not found after it was written.`);
  return model;
}

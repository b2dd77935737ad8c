import { updateVersioned } from '@dsp/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import type { AllocationModel } from './allocation.model';
import { CampaignEntity } from './campaign.entity';
import type { CampaignRules } from './eligibility.rules';
import { ProgrammeEntity } from './programme.entity';

/**
 * What is used of the allocation aliased `ca`, joined as `u` (committed:
 * amount of its APPROVED and PAID applications; approved; waitlisted) and `p`
 * (disbursed). Read from the social summaries the triggers keep with every
 * application and payment, not from the applications: a region's campaign
 * has thousands, and the head's queue reads its campaigns' allocations on
 * every page.
 */
export const ALLOCATION_USE = `
  LEFT JOIN LATERAL (
    SELECT sum(s.amount) FILTER (WHERE s.status IN ('APPROVED', 'PAID')) AS committed,
           sum(s.applications) FILTER (WHERE s.status IN ('APPROVED', 'PAID')) AS approved,
           sum(s.applications) FILTER (WHERE s.status = 'WAITLISTED') AS waitlisted
      FROM application_summary s WHERE s.campaign_id = ca.campaign_id AND s.region_code = ca.region_code) u ON true
  LEFT JOIN LATERAL (
    SELECT sum(d.amount) AS disbursed
      FROM disbursement_summary d WHERE d.campaign_id = ca.campaign_id AND d.region_code = ca.region_code) p ON true`;

/** An allocation's columns with what is used of it (`ca` joined with ALLOCATION_USE), as AllocationRow names them. */
export const ALLOCATION_COLUMNS = `ca.id, ca.campaign_id, ca.region_code, ca.allocated::text, ca.quota, ca.version,
  coalesce(u.committed, 0)::text AS committed, coalesce(u.approved, 0)::int AS approved,
  coalesce(u.waitlisted, 0)::int AS waitlisted, coalesce(p.disbursed, 0)::text AS disbursed`;

/** An allocation as ALLOCATION_COLUMNS read it: amounts as text. */
export interface AllocationRow {
  id: string;
  campaign_id: string;
  region_code: string;
  allocated: string;
  quota: number;
  version: number;
  committed: string;
  approved: number;
  waitlisted: number;
  disbursed: string;
}

export function toAllocationModel(row: AllocationRow): AllocationModel {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    regionCode: row.region_code,
    allocated: BigInt(row.allocated),
    quota: row.quota,
    committed: BigInt(row.committed),
    disbursed: BigInt(row.disbursed),
    approvedCount: row.approved,
    waitlisted: row.waitlisted,
    version: row.version,
  };
}

/** A campaign as checked for storage, the benefit in centimes. */
export interface NewCampaign {
  programmeId: string;
  season: string;
  year: number;
  opensOn: string;
  closesOn: string;
  benefitAmount: string;
  eligibility: CampaignRules;
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

export class ProgrammesRepository {
  constructor(private readonly manager: EntityManager) {}

  allProgrammes(): Promise<ProgrammeEntity[]> {
    return this.manager.find(ProgrammeEntity);
  }

  programmesByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.manager.find(ProgrammeEntity, { where: { id: In([...ids]) } });
  }

  campaignsByIds(ids: readonly string[]): Promise<CampaignEntity[]> {
    return this.manager.find(CampaignEntity, { where: { id: In([...ids]) } });
  }

  /** The campaigns of each programme, newest first. */
  campaignsOf(programmeIds: readonly string[]): Promise<CampaignEntity[]> {
    return this.manager.find(CampaignEntity, {
      where: { programmeId: In([...programmeIds]) },
      order: { year: 'DESC', opensOn: 'DESC' },
    });
  }

  /** Campaigns of a year (all when null), open on a date (any when null), newest first. */
  campaigns(year: number | null, openOn: string | null): Promise<CampaignEntity[]> {
    const query = this.manager.getRepository(CampaignEntity).createQueryBuilder('c');
    if (year !== null) query.andWhere('c.year = :year', { year });
    if (openOn !== null) query.andWhere(':openOn BETWEEN c.opensOn AND c.closesOn', { openOn });
    return query.orderBy('c.year', 'DESC').addOrderBy('c.opensOn', 'DESC').addOrderBy('c.id', 'ASC').getMany();
  }

  /**
   * Allocations with what is committed (APPROVED and PAID), disbursed and
   * waitlisted, in region order, in one statement: those of the campaigns
   * given, or with the ids given. Row-level security keeps other regions'
   * rows away from regional roles.
   */
  async allocations(
    where: { campaignIds: readonly string[] } | { ids: readonly string[] },
  ): Promise<AllocationModel[]> {
    const [condition, keys] =
      'ids' in where ? ['ca.id = ANY($1::uuid[])', where.ids] : ['ca.campaign_id = ANY($1::uuid[])', where.campaignIds];
    const rows: AllocationRow[] = await this.manager.query(
      `SELECT ${ALLOCATION_COLUMNS}
         FROM campaign_allocation ca
         JOIN region r ON r.code = ca.region_code
         ${ALLOCATION_USE}
        WHERE ${condition}
        ORDER BY ca.campaign_id, r.position`,
      [keys],
    );
    return rows.map(toAllocationModel);
  }

  campaignById(id: string): Promise<CampaignEntity | null> {
    return this.manager.findOneBy(CampaignEntity, { id });
  }

  async programmeExists(id: string): Promise<boolean> {
    const [programme] = await this.manager.query<Array<{ id: string }>>('SELECT id FROM programme WHERE id = $1', [id]);
    return programme !== undefined;
  }

  async campaignExists(id: string): Promise<boolean> {
    const [campaign] = await this.manager.query<unknown[]>('SELECT 1 FROM campaign WHERE id = $1', [id]);
    return campaign !== undefined;
  }

  async seasonTaken(programmeId: string, season: string): Promise<boolean> {
    const [taken] = await this.manager.query<unknown[]>(
      'SELECT 1 FROM campaign WHERE programme_id = $1 AND season = $2',
      [programmeId, season],
    );
    return taken !== undefined;
  }

  async insertCampaign(campaign: NewCampaign): Promise<{ id: string; version: number }> {
    const [created] = await this.manager.query<[{ id: string; version: number }]>(
      `INSERT INTO campaign (programme_id, season, year, opens_on, closes_on, benefit_amount, eligibility)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, version`,
      [
        campaign.programmeId,
        campaign.season,
        campaign.year,
        campaign.opensOn,
        campaign.closesOn,
        campaign.benefitAmount,
        JSON.stringify(campaign.eligibility),
      ],
    );
    return created;
  }

  async lockAllocation(campaignId: string, regionCode: string): Promise<LockedAllocation | null> {
    const [row] = await this.manager.query<
      Array<{ id: string; allocated: string; quota: number; committed: string; approved: number; version: number }>
    >('SELECT id, allocated::text, quota, committed::text, approved, version FROM lock_allocation($1, $2)', [
      campaignId,
      regionCode,
    ]);
    return row
      ? {
          id: row.id,
          allocated: BigInt(row.allocated),
          quota: row.quota,
          committed: BigInt(row.committed),
          approved: row.approved,
          version: row.version,
        }
      : null;
  }

  async insertAllocation(
    campaignId: string,
    regionCode: string,
    allocated: bigint,
    quota: number,
  ): Promise<{ id: string; version: number }> {
    const [created] = await this.manager.query<[{ id: string; version: number }]>(
      'INSERT INTO campaign_allocation (campaign_id, region_code, allocated, quota) VALUES ($1, $2, $3, $4) RETURNING id, version',
      [campaignId, regionCode, allocated.toString(), quota],
    );
    return created;
  }

  async updateAllocation(id: string, expectedVersion: number, allocated: bigint, quota: number): Promise<void> {
    await updateVersioned(this.manager, 'campaign_allocation', id, expectedVersion, 'allocated = $3, quota = $4', [
      allocated.toString(),
      quota,
    ]);
  }
}

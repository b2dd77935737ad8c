import type { AllocationModel } from '../programmes/allocation.model';
import type { CampaignEntity } from '../programmes/campaign.entity';
import type { ProgrammeEntity } from '../programmes/programme.entity';

/** One month of a region's (or the nation's) social figures as the summary holds them; money in bigint centimes. */
export interface SocialMonthFigures {
  /** YYYY-MM. */
  month: string;
  submitted: number;
  decided: number;
  approved: number;
  committed: bigint;
  disbursed: bigint;
}

/** One month of a social trend, with the year's allocation and what of it was committed up to the month. */
export interface SocialMonthModel extends SocialMonthFigures {
  allocated: bigint;
  budgetConsumption: number | null;
}

/** A region's social attention list; each part is read when asked for. */
export interface SocialAttentionModel {
  regionCode: string;
}

/** An allocation over its limits. */
export interface StrainedAllocationModel {
  allocation: AllocationModel;
  budgetUsed: number;
  quotaUsed: number;
  waitlisted: number;
  exhausted: boolean;
}

/** What a region page's statement reads of the supervision view (see SUPERVISION_COLUMNS). */
export interface SupervisionRead {
  /** Regions whose trend is asked for, read from January of `readFrom`'s year. */
  trendCodes: readonly string[];
  /** YYYY-MM. */
  readFrom: string;
  /** The campaign years whose allocations the trends need. */
  years: readonly number[];
  /** Regions whose attention list is asked for. */
  attentionCodes: readonly string[];
  /** Applications waiting since before this are overdue. */
  overdueBefore: Date;
  /** The year whose allocations may be strained. */
  allocationYear: number;
}

/** A region's allocation of the year with its campaign and programme rows (null when row-level security hides it). */
export interface YearAllocation {
  allocation: AllocationModel;
  campaign: CampaignEntity;
  programme: ProgrammeEntity | null;
}

/** The supervision figures a region page's statement read for one region (empty for a part not asked). */
export interface RegionSupervisionFigures {
  months: SocialMonthFigures[];
  allocatedByYear: Map<number, bigint>;
  overdueApplications: number;
  allocations: YearAllocation[];
}

import type { AllocationModel } from '../programmes/allocation.model';

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

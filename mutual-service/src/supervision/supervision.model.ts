/** One month of claim figures as the summary holds them (money in bigint centimes). */
export interface HealthMonthFigures {
  /** YYYY-MM. */
  month: string;
  submitted: number;
  decided: number;
  processingSeconds: number;
  /** Decided within the claim target (from the summary's histogram of processing days). */
  decidedWithinTarget: number;
  paid: number;
  reimbursed: bigint;
}

export interface HealthMonthModel {
  month: string;
  submitted: number;
  decided: number;
  paid: number;
  reimbursed: bigint;
  averageProcessingDays: number | null;
  decidedWithinTarget: number | null;
}

/** A region's health attention list; each part is read when asked for. */
export interface HealthAttentionModel {
  regionCode: string;
}

/** The registry feed's state as the mutual's database keeps it. */
export interface FeedState {
  /** Seconds since the last successful apply; null before the first. */
  secondsSinceApplied: number | null;
  /** The last attempt failed (after the last success, or with none). */
  failed: boolean;
}

/**
 * A region's supervision half as one statement reads it: the summary's
 * months (for a trend) and what needs attention (for its list; zeros when
 * only the trend was asked).
 */
export interface RegionSupervisionFigures {
  regionCode: string;
  months: HealthMonthFigures[];
  overdueClaims: number;
  pendingPriorAuthorisations: number;
  feed: FeedState;
}

/** A family over the out-of-pocket threshold. Amounts only: no care type, no diagnosis. */
export interface SolidarityCandidateModel {
  officerMatricule: string;
  outOfPocket: bigint;
  claims: number;
}

/** Money figures are bigint centimes; the Money scalar writes them as "1250.50". */
export interface BudgetModel {
  allocated: bigint;
  committed: bigint;
  disbursed: bigint;
}

/** One programme's figures in a region and year; the programme itself is loaded on demand. */
export interface ProgrammeSocialModel {
  programmeId: string;
  openApplications: number;
  approvedThisYear: number;
  budget: BudgetModel;
}

/** The Foundation's side of a region's dashboard for one calendar year. */
export interface RegionSocialModel {
  regionCode: string;
  year: number;
  openApplications: number;
  approvedThisYear: number;
  decidedThisYear: number;
  approvalRate: number | null;
  budget: BudgetModel;
  spendPerBeneficiary: bigint;
  programmes: ProgrammeSocialModel[];
}

/** One region's allocation of a campaign with what is used of it (money in bigint centimes). */
export interface AllocationModel {
  id: string;
  campaignId: string;
  regionCode: string;
  allocated: bigint;
  quota: number;
  committed: bigint;
  disbursed: bigint;
  approvedCount: number;
  waitlisted: number;
  version: number;
}

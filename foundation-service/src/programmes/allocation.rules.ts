/** What an allocation's budget still covers once its approved and paid applications are counted (centimes). */
export function remainingBudget(allocated: bigint, committed: bigint): bigint {
  return allocated - committed;
}

/** How many more applications an allocation's quota lets a region approve. */
export function remainingQuota(quota: number, approved: number): number {
  return quota - approved;
}

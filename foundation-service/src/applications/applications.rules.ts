import { DomainError } from '@dsp/common';
import { remainingBudget as budgetLeft, remainingQuota as quotaLeft } from '../programmes/allocation.rules';

/** QUOTA_EXHAUSTED when one more approval of `amount` would exceed the allocation's quota or budget (or there is none). */
export function quotaRefusal(
  room: { allocated: bigint; quota: number; committed: bigint; approved: number } | null,
  amount: bigint,
): DomainError | null {
  if (!room)
    return new DomainError(
      'The region has no budget for this campaign; the application stays as it is.',
      'QUOTA_EXHAUSTED',
      { remainingBudget: '0.00', remainingQuota: 0 },
    );
  const remainingQuota = quotaLeft(room.quota, room.approved);
  const remainingBudget = budgetLeft(room.allocated, room.committed);
  if (remainingQuota >= 1 && remainingBudget >= amount) return null;
  const what =
    remainingQuota < 1
      ? `its quota of ${room.quota} approvals is used`
      : 'its remaining budget does not cover the benefit';
  return new DomainError(
    `The region's allocation is exhausted: ${what}; the application stays as it is.`,
    'QUOTA_EXHAUSTED',
    {
      remainingQuota: Math.max(remainingQuota, 0),
      remainingBudget: (remainingBudget < 0n ? 0n : remainingBudget).toString(),
    },
  );
}

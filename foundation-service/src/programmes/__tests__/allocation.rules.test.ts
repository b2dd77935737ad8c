import { remainingBudget, remainingQuota } from '../allocation.rules';

describe("what is left of a region's allocation", () => {
  it('is the budget less what approvals committed, in centimes', () => {
    expect(remainingBudget(1_000_000n, 600_000n)).toBe(400_000n);
    expect(remainingBudget(500_000n, 500_000n)).toBe(0n);
  });

  it('is the quota less the approvals already made', () => {
    expect(remainingQuota(3, 2)).toBe(1);
    expect(remainingQuota(3, 3)).toBe(0);
  });
});

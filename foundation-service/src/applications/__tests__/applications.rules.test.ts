import { quotaRefusal } from '../applications.rules';

describe('quota and budget', () => {
  const room = { allocated: 1_000_000n, quota: 3, committed: 600_000n, approved: 2 };

  it('lets an approval through while both the quota and the budget allow it', () => {
    expect(quotaRefusal(room, 400_000n)).toBeNull();
  });

  it('refuses as QUOTA_EXHAUSTED past the quota, past the budget, or without an allocation', () => {
    expect(quotaRefusal({ ...room, approved: 3 }, 1n)?.extensions).toMatchObject({
      code: 'QUOTA_EXHAUSTED',
      remainingQuota: 0,
    });
    expect(quotaRefusal(room, 400_001n)?.extensions).toMatchObject({
      code: 'QUOTA_EXHAUSTED',
      remainingQuota: 1,
      remainingBudget: '400000',
    });
    expect(quotaRefusal(null, 1n)?.extensions).toMatchObject({ code: 'QUOTA_EXHAUSTED' });
  });
});

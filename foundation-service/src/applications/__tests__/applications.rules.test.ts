import { applicationSnapshot, isOverdue, queueStatuses, quotaRefusal } from '../applications.rules';

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
      // Money as the API writes it everywhere: 4,000.00 MAD, not its centimes.
      remainingBudget: '4000.00',
    });
    expect(quotaRefusal(null, 1n)?.extensions).toMatchObject({
      code: 'QUOTA_EXHAUSTED',
      remainingBudget: '0.00',
      remainingQuota: 0,
    });
  });
});

describe('work queues', () => {
  it('hold the statuses of their stage, every status for ALL', () => {
    expect(queueStatuses('TO_REVIEW', null)).toEqual(['SUBMITTED']);
    expect(queueStatuses('TO_DECIDE', null)).toEqual(['UNDER_REVIEW', 'WAITLISTED']);
    expect(queueStatuses('TO_PAY', null)).toEqual(['APPROVED']);
    expect(queueStatuses('ALL', null)).toHaveLength(7);
  });

  it("narrow to the statuses asked for, never beyond the queue's own", () => {
    expect(queueStatuses('TO_DECIDE', ['WAITLISTED', 'SUBMITTED'])).toEqual(['WAITLISTED']);
    expect(queueStatuses('ALL', ['PAID', 'REJECTED'])).toEqual(['REJECTED', 'PAID']);
  });

  it('keep only the applications still waiting for a decision when filtered on waiting time', () => {
    expect(queueStatuses('ALL', null, true)).toEqual(['SUBMITTED', 'UNDER_REVIEW']);
    expect(queueStatuses('TO_DECIDE', null, true)).toEqual(['UNDER_REVIEW']);
    expect(queueStatuses('ALL', ['PAID'], true)).toEqual([]);
  });
});

describe("an application's audit record", () => {
  it('keeps its state, amount, ranking and decision with its reason, with the version', () => {
    expect(
      applicationSnapshot({
        id: 'a1',
        campaign_id: 'c1',
        officer_matricule: 'M100200',
        dependent_id: null,
        region_code: 'FES',
        status: 'REJECTED',
        amount: '150000',
        ranking_score: 320,
        beneficiary_kind: 'OFFICER',
        decided_at: '2026-03-02T10:00:00.000000Z',
        decided_by: 'M900001',
        decision_reason_code: 'INCOMPLETE_FILE',
        decision_reason: 'Certificat de scolarité manquant',
        version: 3,
      }),
    ).toEqual({
      id: 'a1',
      campaignId: 'c1',
      officerMatricule: 'M100200',
      dependentId: null,
      regionCode: 'FES',
      status: 'REJECTED',
      amount: '150000',
      rankingScore: 320,
      beneficiaryKind: 'OFFICER',
      decidedAt: '2026-03-02T10:00:00.000000Z',
      decidedBy: 'M900001',
      decisionReasonCode: 'INCOMPLETE_FILE',
      decisionReason: 'Certificat de scolarité manquant',
      version: 3,
    });
  });
});

describe('an overdue application', () => {
  const now = new Date('2026-12-06T10:00:00Z');

  it('waits for a decision and was submitted longer ago than the target', () => {
    expect(isOverdue({ status: 'SUBMITTED', submittedAt: new Date('2026-11-06T09:59:59Z') }, 30, now)).toBe(true);
    expect(isOverdue({ status: 'UNDER_REVIEW', submittedAt: new Date('2026-10-01T00:00:00Z') }, 30, now)).toBe(true);
  });

  it('is not overdue on the target day itself, nor once decided or withdrawn, however old', () => {
    expect(isOverdue({ status: 'SUBMITTED', submittedAt: new Date('2026-11-06T10:00:00Z') }, 30, now)).toBe(false);
    for (const status of ['WAITLISTED', 'APPROVED', 'REJECTED', 'PAID', 'WITHDRAWN'] as const)
      expect(isOverdue({ status, submittedAt: new Date('2025-01-01T00:00:00Z') }, 30, now)).toBe(false);
  });
});

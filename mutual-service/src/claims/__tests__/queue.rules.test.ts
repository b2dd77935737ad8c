import type { Caller } from '@dsp/common';
import { isOverdue, QUEUE_STATUSES, queueRegion, queueStatuses } from '../queue.rules';

const advisor: Caller = { sub: 'doctor', role: 'MEDICAL_ADVISOR', region: null };
const fesAgent: Caller = { sub: 'agent', role: 'MUTUAL_AGENT', region: 'FES' };
const fesHead: Caller = { sub: 'head', role: 'REGIONAL_HEAD', region: 'FES' };

describe('work queues', () => {
  it('read the region asked for, else a regional role its own, else every region', () => {
    expect(queueRegion(advisor, 'RABAT')).toBe('RABAT');
    expect(queueRegion(advisor, null)).toBeNull();
    expect(queueRegion(fesAgent, null)).toBe('FES');
    expect(queueRegion(fesHead, null)).toBe('FES');
    expect(queueRegion(fesHead, 'FES')).toBe('FES');
  });

  it('hold a claim from entry to payment, each status in one queue', () => {
    expect(QUEUE_STATUSES.AWAITING_CHECK).toEqual(['ENTERED']);
    expect(QUEUE_STATUSES.AWAITING_REVIEW).toEqual(['CHECKED', 'UNDER_REVIEW']);
    expect(QUEUE_STATUSES.AWAITING_PAYMENT).toEqual(['APPROVED', 'PARTIALLY_APPROVED']);
  });
});

describe('queueStatuses', () => {
  it('keeps a stage’s statuses, narrowed by the ones asked, or lists every status for a month’s drill-down', () => {
    expect(queueStatuses('AWAITING_REVIEW', null)).toEqual(['CHECKED', 'UNDER_REVIEW']);
    expect(queueStatuses('AWAITING_REVIEW', ['UNDER_REVIEW', 'PAID'])).toEqual(['UNDER_REVIEW']);
    expect(queueStatuses(null, ['PAID'])).toEqual(['PAID']);
    expect(queueStatuses(null, null)).toHaveLength(7);
  });

  it('keeps only the claims still waiting for a decision when filtered on waiting time', () => {
    expect(queueStatuses(null, null, true)).toEqual(['ENTERED', 'CHECKED', 'UNDER_REVIEW']);
    expect(queueStatuses('AWAITING_REVIEW', null, true)).toEqual(['CHECKED', 'UNDER_REVIEW']);
    expect(queueStatuses('AWAITING_PAYMENT', null, true)).toEqual([]);
  });
});

describe('an overdue claim', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  const submitted = (iso: string) => new Date(iso);

  it('waits for a decision and was submitted longer ago than the target', () => {
    expect(isOverdue({ status: 'CHECKED', submittedAt: submitted('2026-11-21T09:59:59Z') }, 15, now)).toBe(true);
    expect(isOverdue({ status: 'ENTERED', submittedAt: submitted('2026-11-01T00:00:00Z') }, 15, now)).toBe(true);
    expect(isOverdue({ status: 'UNDER_REVIEW', submittedAt: submitted('2026-11-01T00:00:00Z') }, 15, now)).toBe(true);
  });

  it('is not overdue on the target day itself, nor once decided, however old', () => {
    expect(isOverdue({ status: 'CHECKED', submittedAt: submitted('2026-11-21T10:00:00Z') }, 15, now)).toBe(false);
    expect(isOverdue({ status: 'CHECKED', submittedAt: submitted('2026-11-21T10:00:00Z') }, 14, now)).toBe(true);
    for (const status of ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID'] as const)
      expect(isOverdue({ status, submittedAt: submitted('2025-01-01T00:00:00Z') }, 15, now)).toBe(false);
  });
});

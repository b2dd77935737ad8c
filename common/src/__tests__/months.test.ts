import {
  BadUserInputError,
  checkMonth,
  checkMonthCount,
  checkWaitingDays,
  isMonthCount,
  monthBounds,
  monthsEndingAt,
  waitingSince,
} from '../index';

describe('calendar months', () => {
  it('lists the last months oldest first, across a year boundary, in UTC', () => {
    expect(monthsEndingAt(new Date('2026-02-28T23:30:00-01:00'), 4)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(monthsEndingAt(new Date('2026-01-15T00:00:00Z'), 2)).toEqual(['2025-12', '2026-01']);
  });

  it('bounds a month as [first instant, first instant of the next)', () => {
    expect(monthBounds('2026-12')).toEqual({
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
  });

  it('refuses a malformed month or count naming the field', () => {
    expect(checkMonth('decidedIn', '2026-03')).toBe('2026-03');
    expect(checkMonth('decidedIn', null)).toBeNull();
    for (const bad of ['2026-13', '2026-3', '26-03', '1999-12']) {
      expect(() => checkMonth('decidedIn', bad)).toThrow(BadUserInputError);
      expect(() => checkMonth('decidedIn', bad)).toThrow(/^decidedIn must be a month written YYYY-MM/);
    }
    expect(() => checkMonthCount('months', 37, 36)).toThrow(/months must be between 1 and 36; got 37/);
    expect(checkMonthCount('months', 36, 36)).toBe(36);
    expect([0, 1, 1.5, 36, 37].map((months) => isMonthCount(months, 36))).toEqual([false, true, false, true, false]);
  });

  it('draws the waiting line whole days before now, and refuses a wait that is not a number of days', () => {
    expect(waitingSince(new Date('2026-12-16T08:00:00Z'), 15).toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(waitingSince(new Date('2026-03-01T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(checkWaitingDays('waitingLongerThanDays', null)).toBeNull();
    expect(checkWaitingDays('waitingLongerThanDays', 0)).toBe(0);
    expect(checkWaitingDays('waitingLongerThanDays', 3650)).toBe(3650);
    for (const bad of [-1, 3651, 1.5]) {
      expect(() => checkWaitingDays('waitingLongerThanDays', bad)).toThrow(
        /^waitingLongerThanDays must be a whole number of days from 0 to 3650/,
      );
    }
  });
});

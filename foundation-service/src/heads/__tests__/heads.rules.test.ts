import { isRotationDue, termEndsOn } from '../heads.rules';

describe('head terms', () => {
  it('end on the anniversary of the start date after the configured years', () => {
    expect(termEndsOn({ startDate: '2025-09-09' }, 4)).toBe('2029-09-09');
    expect(termEndsOn({ startDate: '2024-02-29' }, 1)).toBe('2025-02-28');
  });

  it('make rotation due from the day the limit is reached, while the head is in office', () => {
    const open = { startDate: '2025-09-09', endDate: null };
    expect(isRotationDue(open, 4, '2029-09-08')).toBe(false);
    expect(isRotationDue(open, 4, '2029-09-09')).toBe(true);
    expect(isRotationDue({ ...open, endDate: '2030-01-01' }, 4, '2031-01-01')).toBe(false);
  });
});

import { socialYear } from '../regions.rules';

describe("a dashboard's year", () => {
  const now = new Date('2026-06-15T12:00:00Z');

  it('is the current year in UTC when none is asked, whatever the server time zone', () => {
    expect(socialYear(null, new Date('2026-12-31T23:30:00-02:00'))).toBe(2027);
    expect(socialYear(null, now)).toBe(2026);
  });

  it('is the year asked, when it is one the platform holds figures for', () => {
    expect(socialYear(2024, now)).toBe(2024);
  });

  it('refuses a year outside the platform, or not a whole year, as BAD_USER_INPUT naming the year', () => {
    const refusal = (year: number): unknown => {
      try {
        return socialYear(year, now);
      } catch (error) {
        return error;
      }
    };
    expect(refusal(1999)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    expect(refusal(2025.5)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
  });
});

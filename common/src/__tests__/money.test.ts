import { divideRounded } from '../money';

describe('divideRounded', () => {
  it('divides an amount exactly, rounding half up to the centime, and gives zero without anyone to divide by', () => {
    expect(divideRounded(1000n, 3n)).toBe(333n);
    expect(divideRounded(1001n, 2n)).toBe(501n);
    expect(divideRounded(999_999_999_999_999n, 1n)).toBe(999_999_999_999_999n);
    expect(divideRounded(1000n, 0n)).toBe(0n);
  });
});

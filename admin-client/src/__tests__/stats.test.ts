import { coefficientOfVariation, gini, mean } from '../stats';

describe('fairness figures across regions', () => {
  it('the mean ignores nothing finite and is null for no values', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNull();
    expect(mean([Number.NaN, 4])).toBe(4);
  });

  it('coefficient of variation: 0 for equal values, population standard deviation over the mean otherwise', () => {
    expect(coefficientOfVariation([5, 5, 5, 5])).toBe(0);
    // mean 5, population variance ((3² + 3²) / 2) = 9, sd 3
    expect(coefficientOfVariation([2, 8])).toBeCloseTo(0.6, 12);
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2 / 5, 12);
  });

  it('coefficient of variation is null with nothing to compare or a zero mean', () => {
    expect(coefficientOfVariation([])).toBeNull();
    expect(coefficientOfVariation([0, 0])).toBeNull();
  });

  it('Gini: 0 when all regions get the same, (n−1)/n when one gets everything', () => {
    expect(gini([3, 3, 3])).toBeCloseTo(0, 12);
    expect(gini([0, 0, 0, 10])).toBeCloseTo(3 / 4, 12);
  });

  it('Gini of a known distribution, whatever the order', () => {
    // 1, 2, 3, 4: Σ|xi−xj| over all pairs = 20; G = 20 / (2 · 16 · 2.5) = 0.25
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
    // scale-invariant
    expect(gini([10, 20, 30, 40])).toBeCloseTo(0.25, 12);
  });

  it('Gini is null for no values, all zero, or a negative value', () => {
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
    expect(gini([1, -1, 2])).toBeNull();
  });
});

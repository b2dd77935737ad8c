// Fairness across regions, computed in the client from per-region figures.

function usable(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v));
}

export function mean(values: readonly number[]): number | null {
  const xs = usable(values);
  if (xs.length === 0) return null;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Coefficient of variation: population standard deviation ÷ mean. 0 when every
 * region gets the same; null when there is nothing to compare or the mean is 0.
 */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const xs = usable(values);
  const m = mean(xs);
  if (m === null || m === 0) return null;
  const variance = xs.reduce((acc, x) => acc + (x - m) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / m;
}

/**
 * Gini coefficient of non-negative values: 0 when all are equal, (n−1)/n when
 * one region gets everything. Null when there is nothing to share (empty, or
 * all zero) or a value is negative.
 */
export function gini(values: readonly number[]): number | null {
  const xs = usable(values);
  if (xs.length === 0 || xs.some((x) => x < 0)) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const n = sorted.length;
  const weighted = sorted.reduce((acc, x, i) => acc + (i + 1) * x, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

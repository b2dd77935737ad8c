/**
 * An amount in centimes divided by a count, rounded half up to the centime;
 * zero when there is nothing to divide by (a region without beneficiaries).
 * In bigint: amounts are MAD centimes and may pass 2^53.
 */
export function divideRounded(amount: bigint, count: bigint): bigint {
  if (count <= 0n) return 0n;
  return (2n * amount + count) / (2n * count);
}

/**
 * Today's calendar date in UTC (YYYY-MM-DD), as the API dates what it records
 * and compares dates (its own `todayUtc`, in @dsp/common, whose index loads
 * Node-only modules the browser bundle cannot take).
 */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

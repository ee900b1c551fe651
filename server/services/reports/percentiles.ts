/**
 * Nearest-rank percentiles: P90 is the smallest value that at least 90 % of the values do not
 * exceed, so every figure is a wait someone actually had. Null for no values.
 */
export function percentiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  if (values.length === 0) return ps.map(() => null);
  const sorted = Float64Array.from(values).sort();
  // The epsilon keeps 0.9 × 30 = 27.000000000000004 at rank 27.
  const rank = (p: number) => Math.max(1, Math.ceil(p * sorted.length - 1e-9));
  return ps.map((p) => sorted[rank(p) - 1] ?? null);
}

export function percentile(values: readonly number[], p: number): number | null {
  return percentiles(values, [p])[0] ?? null;
}

/** A share 0–1, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

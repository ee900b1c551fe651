import type { Random } from './random.ts';

/**
 * When people write: relative volume per hour of the day (local time; busy 9–12 and 14–17,
 * a lunch dip, smaller evenings, quiet nights) and per weekday (Monday 0 … Sunday 6).
 */
export const HOUR_WEIGHTS = [
  0.3, 0.15, 0.1, 0.08, 0.08, 0.15, 0.4, 1.0, 2.5, 5.5, 6.5, 6.2, 4.0, 4.2, 5.8, 6.2, 6.0, 5.0, 3.2,
  2.8, 3.0, 2.6, 1.6, 0.8,
];
export const WEEKDAY_WEIGHTS = [1.08, 1.05, 1.0, 1.0, 0.98, 0.62, 0.55];

const HOURS = HOUR_WEIGHTS.map((_, h) => h);

/** A day's weight: its weekday's, with ±12 % of day-to-day noise. */
export function dayWeight(weekdayMon0: number, random: Random): number {
  return (WEEKDAY_WEIGHTS[weekdayMon0] ?? 1) * (0.88 + random.next() * 0.24);
}

/** Splits `total` over the days by weight, exactly (largest remainder). */
export function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** `count` start instants within a day (ms, sorted), shaped by the hour weights. */
export function startsInDay(dayStart: number, dayEnd: number, count: number, random: Random) {
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    const hour = random.weighted(HOURS, HOUR_WEIGHTS);
    const at = dayStart + hour * 3_600_000 + random.int(0, 3599) * 1000;
    // A day shortened by a DST change has no 23:xx; keep the start inside the day.
    starts.push(Math.min(at, dayEnd - 1000));
  }
  return starts.sort((a, b) => a - b);
}

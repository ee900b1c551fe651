const DAY_MS = 86_400_000;

/**
 * The same time of day `months` calendar months before `at` (UTC); a day the earlier month
 * lacks becomes its last day, so 31 March less one month is 28 or 29 February.
 */
export function monthsBefore(at: Date, months: number): Date {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(at.getUTCDate(), lastDay);
  const timeOfDay = at.getTime() % DAY_MS;
  return new Date(Date.UTC(year, month, day) + timeOfDay);
}

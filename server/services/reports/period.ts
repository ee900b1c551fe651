import type { z } from 'zod';
import type { ReportPeriod } from '../../../protocol/index.ts';
import type { reportQuerySchema } from '../../../protocol/schemas/report.ts';
import type { TimeRange } from '../../store/types.ts';
import { addDays, startOfDay } from '../zoned-time.ts';

export type ReportQueryInput = z.output<typeof reportQuerySchema>;

/** A period as the report names it, and the UTC instants that bound it. */
export interface PeriodBounds {
  period: ReportPeriod;
  /** From the first day's start to the start of the day after the last, in the time zone. */
  range: TimeRange;
  /** Every day, `YYYY-MM-DD`, first to last. */
  days: string[];
}

const DAY_MS = 86_400_000;

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

function bounds(from: string, to: string, month: string | null, timeZone: string): PeriodBounds {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return {
    period: { from, to, month, timeZone },
    range: {
      from: startOfDay(from, timeZone).toISOString(),
      to: startOfDay(addDays(to, 1), timeZone).toISOString(),
    },
    days,
  };
}

export function monthBounds(month: string, timeZone: string): PeriodBounds {
  return bounds(`${month}-01`, lastDayOf(month), month, timeZone);
}

/**
 * The period asked for and the one it is compared with: the calendar month before a month,
 * else as many days just before the range.
 */
export function reportPeriods(
  query: ReportQueryInput,
  timeZone: string,
): { current: PeriodBounds; previous: PeriodBounds } {
  if ('month' in query) {
    return {
      current: monthBounds(query.month, timeZone),
      previous: monthBounds(previousMonth(query.month), timeZone),
    };
  }
  const length = Math.round((Date.parse(query.to) - Date.parse(query.from)) / DAY_MS) + 1;
  return {
    current: bounds(query.from, query.to, null, timeZone),
    previous: bounds(addDays(query.from, -length), addDays(query.from, -1), null, timeZone),
  };
}

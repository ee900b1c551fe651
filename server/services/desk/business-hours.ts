import type { BusinessHours } from '../../../protocol/index.ts';
import { wallClock } from '../zoned-time.ts';

/**
 * Whether the desk is open at `at`: always when business hours are off; never on a holiday;
 * otherwise inside one of the weekday's periods, opening time included and closing time not.
 * Everything is read on the wall clock of the desk's time zone, so DST needs no special case.
 */
export function isOpen(hours: BusinessHours, at: Date): boolean {
  if (!hours.enabled) return true;
  const now = wallClock(at, hours.timeZone);
  if (hours.holidays.includes(now.date)) return false;
  // Zero-padded HH:MM compares correctly as text, and '24:00' sorts after every minute of the day.
  return hours.weekly.some((p) => p.day === now.day && p.open <= now.time && now.time < p.close);
}

import type { BusinessHours } from '../../../protocol/index.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Building a formatter is costly and a desk has one time zone: keep one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in the zone: weekday 0–6 (Sunday 0), `YYYY-MM-DD` and `HH:MM`. */
function wallClock(at: Date, timeZone: string): { day: number; date: string; time: string } {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    day: WEEKDAYS.indexOf(parts.weekday ?? ''),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

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

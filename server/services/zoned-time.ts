/**
 * Wall-clock reading in the desk's IANA time zone, through Intl (Node ships the tz database):
 * business hours, transcript date filters and the monthly analysis all count days there.
 */
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

export interface WallClock {
  /** Weekday 0–6, Sunday 0. */
  day: number;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`. */
  time: string;
  hour: number;
}

/** The wall clock in the zone at an instant. */
export function wallClock(at: Date, timeZone: string): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    day: WEEKDAYS.indexOf(parts.weekday ?? ''),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    hour: Number(parts.hour),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(new Date(ms), timeZone);
  const [y, m, d] = w.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = w.time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant a day (`YYYY-MM-DD`) begins in the zone. Where DST skips midnight, the day begins
 * at the first wall-clock time that exists.
 */
export function startOfDay(date: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`);
  let guess = naive - offsetAt(naive, timeZone);
  // A second pass settles days whose offset differs from the one at naive midnight UTC.
  guess = naive - offsetAt(guess, timeZone);
  return new Date(guess);
}

/** `YYYY-MM-DD` n days after (or before) a day, on the calendar alone. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The day and hour of a wall clock, the same for a whole quarter hour. */
export type WallHour = Pick<WallClock, 'day' | 'date' | 'hour'>;

/** Every zone's offset is a whole number of quarter hours, and changes on a quarter hour. */
const QUARTER_HOUR_MS = 900_000;

/**
 * A reader of many instants' wall clocks in one zone, for counting tens of thousands of
 * conversations by day and hour: formatToParts is slow, so each UTC quarter hour is read once.
 */
export function wallClockReader(timeZone: string): (ms: number) => WallHour {
  const quarters = new Map<number, WallHour>();
  return (ms) => {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let clock = quarters.get(quarter);
    if (!clock) {
      const { day, date, hour } = wallClock(new Date(quarter * QUARTER_HOUR_MS), timeZone);
      clock = { day, date, hour };
      quarters.set(quarter, clock);
    }
    return clock;
  };
}

/** Per zone, like `formatters`. */
const isoFormatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD HH:MM:SS` on the desk's wall clock: what a spreadsheet or a printout should show. */
export function localTime(iso: string, timeZone: string): string {
  let f = isoFormatters.get(timeZone);
  if (!f) {
    // Swedish writes dates the ISO way.
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    isoFormatters.set(timeZone, f);
  }
  return f.format(new Date(iso));
}

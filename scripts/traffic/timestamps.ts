import { wallClock } from '../../server/services/zoned-time.ts';

/**
 * Timestamps as the store writes them (`Date#toISOString`), made fast: a plan formats a few
 * million of them, and formatting is otherwise most of its work. The day part is cached.
 */
const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const DAY_MS = 86_400_000;
let cachedDay = Number.NaN;
let dayPrefix = '';

export function isoAt(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    dayPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const inDay = ms - day * DAY_MS;
  const millis = inDay % 1000;
  const seconds = (inDay - millis) / 1000;
  const s = seconds % 60;
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  return `${dayPrefix}${PAD2[h]}:${PAD2[m]}:${PAD2[s]}.${String(millis).padStart(3, '0')}Z`;
}

/**
 * The wall clock in a zone: weekday (Sunday 0) and `HH:MM`. The zone's offset is read once per
 * UTC hour (zones change offset on the hour), the rest is arithmetic.
 */
export function wallClockReader(timeZone: string): (ms: number) => { day: number; time: string } {
  const offsets = new Map<number, number>();
  return (ms) => {
    const hour = Math.floor(ms / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const w = wallClock(new Date(hour * 3_600_000), timeZone);
      const [y, mo, d] = w.date.split('-').map(Number) as [number, number, number];
      const [hh, mm] = w.time.split(':').map(Number) as [number, number];
      offset = Date.UTC(y, mo - 1, d, hh, mm) - hour * 3_600_000;
      offsets.set(hour, offset);
    }
    const local = new Date(ms + offset);
    return {
      day: local.getUTCDay(),
      time: `${PAD2[local.getUTCHours()]}:${PAD2[local.getUTCMinutes()]}`,
    };
  };
}

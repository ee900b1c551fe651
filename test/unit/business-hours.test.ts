import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../protocol/index.ts';
import { isOpen } from '../../server/services/desk/business-hours.ts';
import { defaultDeskSettings } from '../../server/services/desk/settings.ts';

/** Mon–Fri 09:00–18:00 in the zone, switched on. */
function officeHours(timeZone: string, holidays: string[] = []): BusinessHours {
  return { ...defaultDeskSettings().businessHours, enabled: true, timeZone, holidays };
}

const at = (iso: string) => new Date(iso);

describe('isOpen', () => {
  it('is always open while business hours are switched off', () => {
    const off = defaultDeskSettings().businessHours;
    expect(off.enabled).toBe(false);
    // Sunday 03:00 in Shanghai.
    expect(isOpen(off, at('2025-03-01T19:00:00Z'))).toBe(true);
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    const hours = officeHours('Asia/Shanghai');
    // Monday 3 March 2025; Shanghai is UTC+8.
    expect(isOpen(hours, at('2025-03-03T00:59:00Z'))).toBe(false); // 08:59
    expect(isOpen(hours, at('2025-03-03T01:00:00Z'))).toBe(true); // 09:00
    expect(isOpen(hours, at('2025-03-03T09:59:00Z'))).toBe(true); // 17:59
    expect(isOpen(hours, at('2025-03-03T10:00:00Z'))).toBe(false); // 18:00
  });

  it('is closed all Sunday and Saturday', () => {
    const hours = officeHours('Asia/Shanghai');
    expect(isOpen(hours, at('2025-03-02T04:00:00Z'))).toBe(false); // Sunday 12:00
    expect(isOpen(hours, at('2025-03-01T04:00:00Z'))).toBe(false); // Saturday 12:00
  });

  it('reads the weekday in the desk time zone, not in UTC', () => {
    const mondays: BusinessHours = {
      ...officeHours('Asia/Shanghai'),
      weekly: [{ day: 1, open: '00:00', close: '24:00' }],
    };
    // Sunday 16:30 in UTC is already Monday 00:30 in Shanghai.
    expect(isOpen(mondays, at('2025-03-02T16:30:00Z'))).toBe(true);
    // Monday 23:59 in Shanghai is still open with a 24:00 close; Tuesday 00:00 is not.
    expect(isOpen(mondays, at('2025-03-03T15:59:00Z'))).toBe(true);
    expect(isOpen(mondays, at('2025-03-03T16:00:00Z'))).toBe(false);
  });

  it('follows daylight saving time in Europe/Berlin', () => {
    const hours = officeHours('Europe/Berlin');
    // Friday 28 March 2025 is CET (UTC+1): 07:30Z is 08:30, before opening.
    expect(isOpen(hours, at('2025-03-28T07:30:00Z'))).toBe(false);
    expect(isOpen(hours, at('2025-03-28T08:00:00Z'))).toBe(true);
    // Monday 31 March 2025 is CEST (UTC+2): the same 07:30Z is 09:30, open.
    expect(isOpen(hours, at('2025-03-31T06:59:00Z'))).toBe(false);
    expect(isOpen(hours, at('2025-03-31T07:30:00Z'))).toBe(true);
    expect(isOpen(hours, at('2025-03-31T16:00:00Z'))).toBe(false); // 18:00
  });

  it('is closed on a holiday, by the calendar date in the time zone', () => {
    const hours = officeHours('Asia/Shanghai', ['2025-10-01']);
    // Wednesday 1 October, 10:00 in Shanghai; the day after is an ordinary Thursday.
    expect(isOpen(hours, at('2025-10-01T02:00:00Z'))).toBe(false);
    expect(isOpen(hours, at('2025-10-02T02:00:00Z'))).toBe(true);

    const allDay: BusinessHours = {
      ...hours,
      weekly: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: '00:00', close: '24:00' })),
    };
    // 30 September 23:00 in Shanghai is open; 1 October 01:00 there is the holiday, though
    // still 30 September in UTC.
    expect(isOpen(allDay, at('2025-09-30T15:00:00Z'))).toBe(true);
    expect(isOpen(allDay, at('2025-09-30T17:00:00Z'))).toBe(false);
  });

  it('counts midnight as 00:00, the start of a night period', () => {
    const night: BusinessHours = {
      ...officeHours('Europe/Berlin'),
      weekly: [{ day: 1, open: '00:00', close: '08:00' }],
    };
    // Monday 3 March 2025, 00:00 in Berlin (CET).
    expect(isOpen(night, at('2025-03-02T23:00:00Z'))).toBe(true);
    expect(isOpen(night, at('2025-03-02T22:59:00Z'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { reportPeriods } from '../../server/services/reports/period.ts';
import { percentile, percentiles } from '../../server/services/reports/percentiles.ts';
import { wallClock, wallClockReader } from '../../server/services/zoned-time.ts';

describe('report periods', () => {
  it('bound a month by midnight in Shanghai and compare it with the month before', () => {
    const { current, previous } = reportPeriods({ month: '2026-10' }, 'Asia/Shanghai');
    expect(current.period).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      month: '2026-10',
      timeZone: 'Asia/Shanghai',
    });
    expect(current.range).toEqual({
      from: '2026-09-30T16:00:00.000Z',
      to: '2026-10-31T16:00:00.000Z',
    });
    expect(current.days).toHaveLength(31);
    expect(current.days[0]).toBe('2026-10-01');
    expect(current.days.at(-1)).toBe('2026-10-31');
    expect(previous.period).toMatchObject({
      from: '2026-09-01',
      to: '2026-09-30',
      month: '2026-09',
    });
    expect(previous.range.to).toBe(current.range.from);
  });

  it('compare January with the December before it, and a leap February by its 29 days', () => {
    expect(reportPeriods({ month: '2027-01' }, 'Asia/Shanghai').previous.period.month).toBe(
      '2026-12',
    );
    const march = reportPeriods({ month: '2028-03' }, 'Asia/Shanghai');
    expect(march.previous.days).toHaveLength(29);
  });

  it('follow daylight saving time in New York: March springs forward, November falls back', () => {
    const march = reportPeriods({ month: '2026-03' }, 'America/New_York').current;
    // Starts on standard time (UTC−5), ends on daylight time (UTC−4): 31 days less an hour.
    expect(march.range).toEqual({
      from: '2026-03-01T05:00:00.000Z',
      to: '2026-04-01T04:00:00.000Z',
    });
    const november = reportPeriods({ month: '2026-11' }, 'America/New_York');
    expect(november.current.range).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-12-01T05:00:00.000Z',
    });
    expect(november.previous.range).toEqual({
      from: '2026-10-01T04:00:00.000Z',
      to: '2026-11-01T04:00:00.000Z',
    });
  });

  it('compare a range of days with as many days just before it', () => {
    const { current, previous } = reportPeriods(
      { from: '2026-10-10', to: '2026-10-16' },
      'Asia/Shanghai',
    );
    expect(current.period).toMatchObject({ from: '2026-10-10', to: '2026-10-16', month: null });
    expect(current.days).toHaveLength(7);
    expect(previous.period).toMatchObject({ from: '2026-10-03', to: '2026-10-09', month: null });
    expect(previous.range.to).toBe(current.range.from);
  });
});

describe('percentiles', () => {
  it('are null without values', () => {
    expect(percentiles([], [0.5, 0.9])).toEqual([null, null]);
  });

  it('are values someone had: the nearest rank, whatever the input order', () => {
    const waits = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];
    expect(percentiles(waits, [0.5, 0.9])).toEqual([5, 9]);
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([1, 100], 0.5)).toBe(1);
  });

  it('do not slip a rank on floating-point products (0.9 × 30)', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(percentile(thirty, 0.9)).toBe(27);
  });
});

describe('the quarter-hour wall clock', () => {
  it('reads the same day and hour as the exact one across both DST changes', () => {
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      const read = wallClockReader(zone);
      for (const start of ['2026-03-07T00:00:00Z', '2026-10-31T00:00:00Z']) {
        for (
          let ms = Date.parse(start);
          ms < Date.parse(start) + 3 * 86_400_000;
          ms += 7 * 60_000
        ) {
          const exact = wallClock(new Date(ms), zone);
          expect(read(ms)).toEqual({ day: exact.day, date: exact.date, hour: exact.hour });
        }
      }
    }
  });
});

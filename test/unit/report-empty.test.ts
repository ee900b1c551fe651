import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaqIndex } from '../../knowledge/index.ts';
import { EMPTY_HEADLINE } from './report/fixture.ts';
import type { Clock } from '../../server/clock.ts';
import { buildReport } from '../../server/services/reports/build-report.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { Store } from '../../server/store/types.ts';

const clock: Clock = { now: () => new Date('2026-03-10T02:00:00Z') };

let store: Store;
beforeEach(() => {
  store = openSqliteStore(':memory:', clock);
});
afterEach(() => store.close());

const quiet = EMPTY_HEADLINE;

describe('the report of a month without a conversation', () => {
  it('counts nothing, divides nothing, and still lists every day and hour', async () => {
    const report = await buildReport({ store, faq: new FaqIndex([]), clock }, { month: '2026-02' });
    expect(report.period).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      month: '2026-02',
      timeZone: 'Asia/Shanghai',
    });
    expect(report.previousPeriod.month).toBe('2026-01');
    expect(report.settings).toEqual({
      pickUpSeconds: 20,
      pickUpTarget: 0.95,
      satisfactionTarget: 0.9,
    });
    expect(report.headline).toEqual(quiet);
    expect(report.previous).toEqual(quiet);
    expect(report.daily.map((d) => d.date)).toHaveLength(28);
    expect(report.daily[0]).toEqual({
      date: '2026-02-01',
      conversations: 0,
      visitorMessages: 0,
      handoffs: 0,
      botOnly: 0,
    });
    expect(report.heatmap).toEqual(Array.from({ length: 7 }, () => Array(24).fill(0)));
    expect(report.types).toEqual({
      consultation: 0,
      suggestion: 0,
      opinion: 0,
      complaint: 0,
      unclassified: 0,
    });
    // The default department is listed with nothing in it; the bot's row only when it had any.
    expect(report.departments).toEqual([
      expect.objectContaining({ id: 'general', conversations: 0, pickUpShare: null }),
    ]);
    expect(report.topQuestions).toEqual([]);
    expect(report.gapGroups).toEqual([]);
    expect(report.agents).toEqual([]);
    expect(report.satisfaction).toEqual({ distribution: [0, 0, 0, 0, 0], comments: [] });
  });
});

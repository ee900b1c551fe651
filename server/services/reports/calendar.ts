import type { ReportDay } from '../../../protocol/index.ts';
import { wallClockReader } from '../zoned-time.ts';
import type { ConversationFigures } from './figures.ts';

/** Day by day, every day of the period listed; and when in the week conversations start. */
export function calendarOf(
  conversations: readonly ConversationFigures[],
  days: readonly string[],
  timeZone: string,
): { daily: ReportDay[]; heatmap: number[][] } {
  const daily = days.map((date): ReportDay => ({
    date,
    conversations: 0,
    visitorMessages: 0,
    handoffs: 0,
    botOnly: 0,
  }));
  const byDate = new Map(daily.map((d) => [d.date, d]));
  const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  const read = wallClockReader(timeZone);
  for (const f of conversations) {
    const clock = read(f.startedMs);
    // Monday first, as the report's heatmap counts the week.
    const row = heatmap[(clock.day + 6) % 7];
    if (row) row[clock.hour] = (row[clock.hour] ?? 0) + 1;
    const day = byDate.get(clock.date);
    if (!day) continue;
    day.conversations += 1;
    day.visitorMessages += f.fact.visitorMessages;
    if (f.handedOff) day.handoffs += 1;
    else day.botOnly += 1;
  }
  return { daily, heatmap };
}

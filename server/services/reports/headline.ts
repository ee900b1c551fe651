import type { ReportHeadline } from '../../../protocol/index.ts';
import { count, emptyTally, type ConversationFigures, type Tally } from './figures.ts';
import { percentile, percentiles, share } from './percentiles.ts';

export const ratingAverage = (t: Tally): number | null => share(t.ratingSum, t.ratings);

/** The period's figures compared month over month. */
export function headlineOf(
  conversations: readonly ConversationFigures[],
  leftMessages: number,
): ReportHeadline {
  const tally = emptyTally();
  const visitors = new Set<string>();
  const newVisitors = new Set<string>();
  for (const f of conversations) {
    count(tally, f);
    visitors.add(f.fact.visitorId);
    if (f.fact.newVisitor) newVisitors.add(f.fact.visitorId);
  }
  const [queueWaitP50, queueWaitP90] = percentiles(tally.queueWaits, [0.5, 0.9]);
  const [firstReplyP50, firstReplyP90] = percentiles(tally.firstReplies, [0.5, 0.9]);
  const botOnly = tally.conversations - tally.handoffs;
  return {
    conversations: tally.conversations,
    visitorMessages: tally.visitorMessages,
    visitors: visitors.size,
    newVisitors: newVisitors.size,
    returningVisitors: visitors.size - newVisitors.size,
    botOnly,
    botOnlyShare: share(botOnly, tally.conversations),
    handoffs: tally.handoffs,
    handoffRate: share(tally.handoffs, tally.conversations),
    leftMessages,
    queueWaitP50: queueWaitP50 ?? null,
    queueWaitP90: queueWaitP90 ?? null,
    abandoned: tally.abandoned,
    firstReplyP50: firstReplyP50 ?? null,
    firstReplyP90: firstReplyP90 ?? null,
    pickedUp: tally.pickedUp,
    pickUpShare: share(tally.pickedUp, tally.handoffs),
    handlingTimeP50: percentile(tally.handling, 0.5),
    ratings: tally.ratings,
    ratingAverage: ratingAverage(tally),
    satisfiedShare: share(tally.satisfied, tally.ratings),
    complaints: tally.complaints,
  };
}

import type { ReportSettings } from '../../../protocol/index.ts';
import type { ConversationFact } from '../../store/types.ts';

/** One conversation's figures, by the counting rules of protocol/report.ts; durations in seconds. */
export interface ConversationFigures {
  fact: ConversationFact;
  /** Started, in ms since the epoch. */
  startedMs: number;
  handedOff: boolean;
  /** Handoff request → first assignment. */
  queueWait: number | null;
  /** Handed off, never assigned, and the visitor left or still waits. */
  abandoned: boolean;
  /** Handoff request → first agent message. */
  firstReply: number | null;
  pickedUp: boolean;
  /** First assignment → close, when closed after an agent held it. */
  handling: number | null;
}

const seconds = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : (Date.parse(to) - Date.parse(from)) / 1000;

export function figuresOf(fact: ConversationFact, settings: ReportSettings): ConversationFigures {
  const handedOff = fact.handoffRequestedAt !== null;
  const firstReply = handedOff ? seconds(fact.handoffRequestedAt, fact.firstReplyAt) : null;
  return {
    fact,
    startedMs: Date.parse(fact.createdAt),
    handedOff,
    queueWait: handedOff ? seconds(fact.handoffRequestedAt, fact.assignedAt) : null,
    abandoned:
      handedOff &&
      fact.assignedAt === null &&
      (fact.status === 'closed' || fact.status === 'queued'),
    firstReply,
    pickedUp: firstReply !== null && firstReply <= settings.pickUpSeconds,
    handling: fact.status === 'closed' ? seconds(fact.assignedAt, fact.closedAt) : null,
  };
}

/** The figures of a set of conversations (a period, a department, an agent's chats). */
export interface Tally {
  conversations: number;
  visitorMessages: number;
  handoffs: number;
  queueWaits: number[];
  abandoned: number;
  firstReplies: number[];
  pickedUp: number;
  handling: number[];
  ratings: number;
  ratingSum: number;
  satisfied: number;
  complaints: number;
}

export function emptyTally(): Tally {
  return {
    conversations: 0,
    visitorMessages: 0,
    handoffs: 0,
    queueWaits: [],
    abandoned: 0,
    firstReplies: [],
    pickedUp: 0,
    handling: [],
    ratings: 0,
    ratingSum: 0,
    satisfied: 0,
    complaints: 0,
  };
}

export function count(tally: Tally, f: ConversationFigures): void {
  tally.conversations += 1;
  tally.visitorMessages += f.fact.visitorMessages;
  if (f.handedOff) tally.handoffs += 1;
  if (f.queueWait !== null) tally.queueWaits.push(f.queueWait);
  if (f.abandoned) tally.abandoned += 1;
  if (f.firstReply !== null) tally.firstReplies.push(f.firstReply);
  if (f.pickedUp) tally.pickedUp += 1;
  if (f.handling !== null) tally.handling.push(f.handling);
  if (f.fact.rating !== null) {
    tally.ratings += 1;
    tally.ratingSum += f.fact.rating;
    if (f.fact.rating >= 4) tally.satisfied += 1;
  }
  if (f.fact.closeType === 'complaint') tally.complaints += 1;
}

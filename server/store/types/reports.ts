import type { CloseType, ConversationStatus, Rating, TicketType } from '../../../protocol/index.ts';
import type { QuestionGapRow } from './faq.ts';

/** A UTC time range, `from` inclusive and `to` exclusive, as ISO 8601 strings. */
export interface TimeRange {
  from: string;
  to: string;
}

/** One conversation started in the range, as the monthly analysis counts it. */
export interface ConversationFact {
  id: string;
  createdAt: string;
  visitorId: string;
  /** The visitor was first seen in the same range. */
  newVisitor: boolean;
  status: ConversationStatus;
  departmentId: string | null;
  /** Who holds it now, or held it last. */
  agentId: string | null;
  handoffRequestedAt: string | null;
  assignedAt: string | null;
  firstReplyAt: string | null;
  closedAt: string | null;
  closeType: CloseType | null;
  rating: Rating | null;
  ratingComment: string | null;
  ratedAt: string | null;
  visitorMessages: number;
}

/** What the bot's answers from one FAQ entry led to, in the range. */
export interface FaqUseFact {
  faqId: string;
  hits: number;
  helpful: number;
  unhelpful: number;
  /** `queued` events naming the entry: a person asked for right after its answer. */
  handoffsAfter: number;
}

/** A ticket resolved in the range (its current resolution). */
export interface TicketResolvedFact {
  type: TicketType;
  createdAt: string;
  dueAt: string;
  resolvedAt: string;
  followedUp: boolean;
}

/** The work orders of a range, raw; protocol/report.ts `ReportTicketFigures` counts them. */
export interface TicketFacts {
  /** Every ticket created in the range. */
  created: { type: TicketType; departmentId: string }[];
  resolved: TicketResolvedFact[];
  /** Timeline steps in the range: returns to the owner, and reopenings. */
  returned: number;
  reopened: number;
  /** Due times of the tickets open at the range's end (status replayed from the timeline). */
  openDueAt: string[];
}

/**
 * Raw facts for the monthly analysis: conversations by when they started, what happened in
 * them (answers, votes, handoffs, agent messages, gaps, left messages) by when it happened.
 * Many rows (messages) are counted here; the rules that turn facts into figures live in the
 * service.
 */
export interface ReportRepository {
  /** Every conversation started in the range, oldest first. */
  conversations(range: TimeRange): Promise<ConversationFact[]>;
  /** Messages agents wrote in the range, per agent. */
  agentMessages(range: TimeRange): Promise<Map<string, number>>;
  /** Per FAQ entry: answers, votes on them, and handoffs right after them, in the range. */
  faqUse(range: TimeRange): Promise<FaqUseFact[]>;
  /** Questions the bot did not settle, logged in the range, newest first, at most `limit`. */
  questionGaps(range: TimeRange, limit: number): Promise<QuestionGapRow[]>;
  /** Messages left (留言) in the range. */
  countLeftMessages(range: TimeRange): Promise<number>;
  /** Work orders created, resolved, returned and reopened in the range; open at its end. */
  tickets(range: TimeRange): Promise<TicketFacts>;
}

import type {
  Author,
  CloseType,
  ConversationStatus,
  HandledBy,
  Language,
  Rating,
} from '../../../protocol/index.ts';

/** Terms next to each other, in order; with `prefix` the last may begin a longer term. */
export interface TextCondition {
  terms: string[];
  prefix: boolean;
}

/** Which conversations a search reads. Every field set narrows it. */
export interface TranscriptFilter {
  /** Started at or after (ISO 8601 UTC). */
  startedFrom?: string;
  /** Started before (ISO 8601 UTC). */
  startedBefore?: string;
  departmentId?: string;
  /** The agent holding it, or who held it last. */
  agentId?: string;
  /** `unclassified`: no type given (never closed by an agent). */
  type?: CloseType | 'unclassified';
  /** One of the close tags, exactly. */
  tag?: string;
  rating?: number;
  /** Part of the page address the visitor first wrote from. */
  pageUrl?: string;
  handledBy?: HandledBy;
  /** Null: every conversation. Else those of these departments or ever held by this agent. */
  visibleTo: { departments: string[]; agentId: string } | null;
  /** Messages must meet every condition; the conversation is found through its newest such message. */
  text: TextCondition[] | null;
}

/** One conversation as the transcript list shows it, with the counts and firsts it needs. */
export interface TranscriptRecord {
  id: string;
  visitorId: string;
  lang: Language;
  status: ConversationStatus;
  createdAt: string;
  /** Closed at, else the last message's time, else the start. */
  endedAt: string;
  departmentId: string | null;
  agentId: string | null;
  agentName: string | null;
  handoffRequestedAt: string | null;
  closeType: CloseType | null;
  closeTags: string[];
  closeSummary: string | null;
  rating: Rating | null;
  ratingComment: string | null;
  messages: number;
  visitorMessages: number;
  firstQuestion: string | null;
  pageUrl: string | null;
  match: { seq: number; author: Author; body: string; createdAt: string } | null;
}

export interface TranscriptPage {
  records: TranscriptRecord[];
  /** Conversations matching, counted up to the cap asked for. */
  total: number;
  /** There are more than `total`. */
  capped: boolean;
}

/** A stored message as the search indexer reads it. */
export interface IndexableMessage {
  author: Author;
  body: string;
}

export interface TranscriptRepository {
  /**
   * Indexes up to `limit` messages after the last one indexed, in one transaction: their
   * `termsOf` (an empty string indexes nothing), the progress, and each conversation's first
   * page address from its visitors' messages. Returns how many messages it read (0: all done).
   */
  indexNext(limit: number, termsOf: (message: IndexableMessage) => string): Promise<number>;
  /** Newest first (with text: by newest matching message), counting up to `countCap`. */
  search(
    filter: TranscriptFilter,
    page: { offset: number; limit: number },
    countCap: number,
  ): Promise<TranscriptPage>;
  /** The same order as `search`, every row up to `max`, read a chunk at a time. */
  each(filter: TranscriptFilter, max: number): AsyncIterable<TranscriptRecord>;
}

import type { CloseType, ConversationStatus, Rating } from './conversation.ts';
import type { Language } from './language.ts';
import type { Author } from './message.ts';

/** Who settled a conversation: the bot alone, or a person after a handoff. */
export type HandledBy = 'bot' | 'person';

/**
 * One row per conversation in the transcript search (and in its CSV/XLSX export).
 * REST: GET /api/transcripts?… → TranscriptList.
 */
export interface TranscriptRow {
  id: string;
  visitorId: string;
  /** The same short code the chat view shows (访客 7F3A). */
  visitorCode: string;
  lang: Language;
  status: ConversationStatus;
  startedAt: string;
  /** Closed, or the last message while still open. */
  endedAt: string;
  departmentId: string | null;
  agentId: string | null;
  agentName: string | null;
  handledBy: HandledBy;
  closeType: CloseType | null;
  closeTags: string[];
  closeSummary: string | null;
  rating: Rating | null;
  ratingComment: string | null;
  /** Every message, and the visitor's alone. */
  messages: number;
  visitorMessages: number;
  /** The visitor's first message, to tell rows apart at a glance. */
  firstQuestion: string | null;
  /** The page the visitor first wrote from. */
  pageUrl: string | null;
  /** With a search text: the newest matching message of this conversation. */
  match: { seq: number; author: Author; body: string; createdAt: string } | null;
}

export interface TranscriptList {
  rows: TranscriptRow[];
  /** Conversations matching, counted up to `TRANSCRIPT_COUNT_CAP`; `capped` says there are more. */
  total: number;
  capped: boolean;
  page: number;
  pageSize: number;
}

/** Counting every match of a common word in a million messages is not worth a slow page. */
export const TRANSCRIPT_COUNT_CAP = 10_000;

/** The most rows one CSV/XLSX export writes. */
export const TRANSCRIPT_EXPORT_MAX = 50_000;

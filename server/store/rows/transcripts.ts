/** A transcript list row and a matching message as both engines select them, and their mapper. */
import type { Author, CloseType, Language, Rating } from '../../../protocol/index.ts';
import type { ConversationStatus, TranscriptRecord } from '../types.ts';

export interface TranscriptRaw {
  rowid: number;
  id: string;
  visitor_id: string;
  lang: Language;
  status: ConversationStatus;
  created_at: string;
  closed_at: string | null;
  last_at: string | null;
  department_id: string | null;
  agent_id: string | null;
  agent_name: string | null;
  handoff_requested_at: string | null;
  close_type: CloseType | null;
  close_tags: string;
  close_summary: string | null;
  rating: Rating | null;
  rating_comment: string | null;
  last_seq: number;
  visitor_messages: number;
  first_question: string | null;
  page_url: string | null;
}

export interface TranscriptMatchRaw {
  hit: number;
  seq: number;
  author: Author;
  body: string;
  created_at: string;
}

/** A conversation found by a search: its rowid and, with text, its newest matching message's. */
export interface Found {
  conversation: number;
  hit: number | null;
}

/** The list's row for a found conversation, with its matching message when the search had text. */
export const toTranscriptRecord = (
  r: TranscriptRaw,
  m: TranscriptMatchRaw | undefined,
): TranscriptRecord => ({
  id: r.id,
  visitorId: r.visitor_id,
  lang: r.lang,
  status: r.status,
  createdAt: r.created_at,
  endedAt: r.closed_at ?? r.last_at ?? r.created_at,
  departmentId: r.department_id,
  agentId: r.agent_id,
  agentName: r.agent_name,
  handoffRequestedAt: r.handoff_requested_at,
  closeType: r.close_type,
  closeTags: JSON.parse(r.close_tags) as string[],
  closeSummary: r.close_summary,
  rating: r.rating,
  ratingComment: r.rating_comment,
  messages: r.last_seq,
  visitorMessages: r.visitor_messages,
  firstQuestion: r.first_question,
  pageUrl: r.page_url,
  match: m ? { seq: m.seq, author: m.author, body: m.body, createdAt: m.created_at } : null,
});

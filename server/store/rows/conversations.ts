/** A conversations row as both engines hold it (tags as JSON), its mapper, settable columns. */
import type { CloseType, Language, Rating } from '../../../protocol/index.ts';
import type { ConversationChange, ConversationRow, ConversationStatus } from '../types.ts';

export interface ConversationRaw {
  id: string;
  visitor_id: string;
  status: ConversationStatus;
  lang: Language;
  last_seq: number;
  created_at: string;
  updated_at: string;
  handoff_requested_at: string | null;
  department_id: string | null;
  agent_id: string | null;
  queued_at: string | null;
  priority: number;
  assigned_at: string | null;
  first_reply_at: string | null;
  transferred_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_type: CloseType | null;
  close_tags: string;
  close_summary: string | null;
  rating: Rating | null;
  rating_comment: string | null;
  rated_at: string | null;
  agent_read_seq: number;
}

export const toConversationRow = (r: ConversationRaw): ConversationRow => ({
  id: r.id,
  visitorId: r.visitor_id,
  status: r.status,
  lang: r.lang,
  lastSeq: r.last_seq,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  handoffRequestedAt: r.handoff_requested_at,
  departmentId: r.department_id,
  agentId: r.agent_id,
  queuedAt: r.queued_at,
  priority: r.priority,
  assignedAt: r.assigned_at,
  firstReplyAt: r.first_reply_at,
  transferredAt: r.transferred_at,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  closeType: r.close_type,
  closeTags: JSON.parse(r.close_tags) as string[],
  closeSummary: r.close_summary,
  rating: r.rating,
  ratingComment: r.rating_comment,
  ratedAt: r.rated_at,
  agentReadSeq: r.agent_read_seq,
});

/** Column per settable field; the `first*` ones are only written while still NULL. */
export const CONVERSATION_CHANGE_COLUMNS: Record<
  keyof ConversationChange,
  { column: string; firstOnly?: true }
> = {
  status: { column: 'status' },
  departmentId: { column: 'department_id' },
  agentId: { column: 'agent_id' },
  queuedAt: { column: 'queued_at' },
  priority: { column: 'priority' },
  transferredAt: { column: 'transferred_at' },
  closedAt: { column: 'closed_at' },
  closedBy: { column: 'closed_by' },
  closeType: { column: 'close_type' },
  closeTags: { column: 'close_tags' },
  closeSummary: { column: 'close_summary' },
  rating: { column: 'rating' },
  ratingComment: { column: 'rating_comment' },
  ratedAt: { column: 'rated_at' },
  handoffRequestedAt: { column: 'handoff_requested_at', firstOnly: true },
  assignedAt: { column: 'assigned_at', firstOnly: true },
  firstReplyAt: { column: 'first_reply_at', firstOnly: true },
};

import type {
  AgentNote,
  ConversationDetail,
  ConversationSummary,
  VisitorConversationState,
} from '../../protocol/index.ts';
import { avatarPath } from '../../protocol/index.ts';
import type { ConversationRow, MessageRow, NoteRow } from '../store/types.ts';

/** A short stable code for a visitor (访客 7F3A): the console never shows raw ids. */
export function visitorCode(visitorId: string): string {
  let hash = 0;
  for (const ch of visitorId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash.toString(16).toUpperCase().padStart(8, '0').slice(-4);
}

/** A console list line; the caller looks up the names and the last message. */
export function presentSummary(
  row: ConversationRow,
  extras: { agentName: string | null; lastMessage: MessageRow | null; unread: number },
): ConversationSummary {
  const last = extras.lastMessage;
  return {
    id: row.id,
    visitorId: row.visitorId,
    visitorCode: visitorCode(row.visitorId),
    status: row.status,
    departmentId: row.departmentId,
    agentId: row.agentId,
    agentName: extras.agentName,
    lang: row.lang,
    queuedAt: row.queuedAt,
    assignedAt: row.assignedAt,
    lastMessage: last ? { author: last.author, body: last.body, createdAt: last.createdAt } : null,
    lastSeq: row.lastSeq,
    unread: extras.unread,
  };
}

export function presentDetail(
  summary: ConversationSummary,
  row: ConversationRow,
): ConversationDetail {
  return {
    ...summary,
    createdAt: row.createdAt,
    firstReplyAt: row.firstReplyAt,
    transferredAt: row.transferredAt,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
    closeType: row.closeType,
    closeTags: [...row.closeTags],
    closeSummary: row.closeSummary,
    rating: row.rating,
    ratingComment: row.ratingComment,
  };
}

/** What the visitor's window may know: never the classification, tags or notes. */
export function presentVisitorState(
  row: ConversationRow,
  agent: { name: string; avatar?: string | null } | null,
): VisitorConversationState {
  const holder = row.status === 'active' ? agent : null;
  return {
    conversationId: row.id,
    status: row.status,
    agentName: holder?.name ?? null,
    agentAvatar: holder?.avatar ? avatarPath(holder.avatar) : null,
    canRate: row.status === 'closed' && row.assignedAt !== null && row.rating === null,
    rating: row.rating,
    agentReadSeq: row.agentReadSeq,
  };
}

export function presentNote(row: NoteRow, agentName: string): AgentNote {
  return {
    id: row.id,
    conversationId: row.conversationId,
    clientId: row.clientId,
    agentId: row.agentId,
    agentName,
    body: row.body,
    createdAt: row.createdAt,
  };
}

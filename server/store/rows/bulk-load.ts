import type { BulkBatch } from '../types/bulk-load.ts';

/** What a bulk-loaded column holds; PostgreSQL needs it to pass a column as one typed array. */
export type BulkValue = string | number | null;

export interface BulkTable {
  name: string;
  columns: readonly { name: string; type: 'text' | 'int' }[];
}

/** The integer columns among those loaded; the rest are text. */
const INTS = new Set([
  'last_seq',
  'rating',
  'agent_read_seq',
  'visitor_messages',
  'seq',
  'helpful',
]);

/** A table and its columns, named in one string as they are written. */
function table(name: string, columns: string): BulkTable {
  const list = columns.split(/\s+/).filter(Boolean);
  return { name, columns: list.map((c) => ({ name: c, type: INTS.has(c) ? 'int' : 'text' })) };
}

const VISITORS = table(
  'visitors',
  'id token_hash lang created_at last_seen_at user_agent referrer',
);
const CONVERSATIONS = table(
  'conversations',
  `id visitor_id status lang last_seq created_at updated_at handoff_requested_at department_id
   agent_id queued_at assigned_at first_reply_at transferred_at closed_at closed_by close_type
   close_tags close_summary rating rating_comment rated_at agent_read_seq visitor_messages`,
);
const MESSAGES = table(
  'messages',
  `id conversation_id seq client_id reply_to author kind body faq_id payload created_at agent_id`,
);
const EVENTS = table(
  'conversation_events',
  'conversation_id kind actor_agent_id agent_id department_id note at faq_id',
);
const FEEDBACK = table('faq_feedback', 'message_id faq_id helpful created_at updated_at');
const GAPS = table(
  'question_gaps',
  `id message_id conversation_id text lang reason faq_id at resolution resolved_faq_id
   resolved_by resolved_at`,
);
const NOTES = table('conversation_notes', 'id conversation_id agent_id client_id body created_at');
const LEFT_MESSAGES = table(
  'left_messages',
  `id visitor_id client_id name contact body lang department_id page_url created_at handled_at
   handled_by handled_note`,
);

/**
 * A batch of generated traffic as the rows of each table, parents before children so foreign
 * keys hold statement by statement, each row's values in its table's column order. Both engines'
 * bulk loaders write exactly these.
 */
export function bulkRows(batch: BulkBatch): { table: BulkTable; rows: BulkValue[][] }[] {
  const conversations: BulkValue[][] = [];
  const messages: BulkValue[][] = [];
  const events: BulkValue[][] = [];
  const feedback: BulkValue[][] = [];
  const gaps: BulkValue[][] = [];
  const notes: BulkValue[][] = [];
  for (const s of batch.conversations) {
    const c = s.conversation;
    conversations.push([
      ...[c.id, c.visitorId, c.status, c.lang, c.lastSeq, c.createdAt, c.updatedAt],
      ...[c.handoffRequestedAt, c.departmentId, c.agentId, c.queuedAt, c.assignedAt],
      ...[c.firstReplyAt, c.transferredAt, c.closedAt, c.closedBy, c.closeType],
      ...[JSON.stringify(c.closeTags), c.closeSummary, c.rating, c.ratingComment, c.ratedAt],
      ...[c.agentReadSeq, s.messages.filter((m) => m.author === 'visitor').length],
    ]);
    for (const m of s.messages) {
      // agent_id repeats payload.agent.id for the monthly analysis, as live appends store it.
      messages.push([
        ...[m.id, m.conversationId, m.seq, m.clientId, m.replyTo, m.author, m.kind, m.body],
        ...[m.faqId, JSON.stringify(m.payload), m.createdAt, m.payload.agent?.id ?? null],
      ]);
    }
    for (const e of s.events) {
      events.push([
        ...[e.conversationId, e.kind, e.actorAgentId, e.agentId, e.departmentId, e.note, e.at],
        e.faqId ?? null,
      ]);
    }
    for (const f of s.feedback)
      feedback.push([f.messageId, f.faqId, f.helpful ? 1 : 0, f.at, f.at]);
    for (const g of s.gaps) {
      gaps.push([
        ...[g.id, g.messageId, g.conversationId, g.text, g.lang, g.reason, g.faqId, g.at],
        ...[g.resolution, g.resolvedFaqId, g.resolvedBy, g.resolvedAt],
      ]);
    }
    for (const n of s.notes) {
      notes.push([n.id, n.conversationId, n.agentId, n.clientId, n.body, n.createdAt]);
    }
  }
  const visitors = batch.visitors.map((v) => [
    ...[v.id, v.tokenHash, v.lang, v.createdAt, v.lastSeenAt, v.userAgent, v.referrer],
  ]);
  const leftMessages = batch.leftMessages.map((l) => [
    ...[l.id, l.visitorId, l.clientId, l.name, l.contact, l.body, l.lang, l.departmentId],
    ...[l.pageUrl, l.createdAt, l.handledAt, l.handledBy, l.handledNote],
  ]);
  return [
    { table: VISITORS, rows: visitors },
    { table: CONVERSATIONS, rows: conversations },
    { table: MESSAGES, rows: messages },
    { table: EVENTS, rows: events },
    { table: FEEDBACK, rows: feedback },
    { table: GAPS, rows: gaps },
    { table: NOTES, rows: notes },
    { table: LEFT_MESSAGES, rows: leftMessages },
  ];
}

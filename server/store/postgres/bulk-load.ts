import pg from 'pg';
import type { BulkBatch, BulkLoader, StoredConversation } from '../types/bulk-load.ts';

type Value = string | number | null;

/** A column and the PostgreSQL array type its values travel in. */
type Column = readonly [name: string, type: 'text' | 'int'];

/**
 * One INSERT per table and batch: each column travels as one array parameter and `unnest`
 * turns them back into rows, so a day of traffic is a handful of round trips whatever its size.
 */
async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly Value[][],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const values = columns.map((_, i) => rows.map((row) => row[i] ?? null));
  await client.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, values);
}

const text = (name: string): Column => [name, 'text'];
const int = (name: string): Column => [name, 'int'];

const VISITORS = [
  ...['id', 'token_hash', 'lang', 'created_at', 'last_seen_at', 'user_agent', 'referrer'],
].map(text);
const CONVERSATIONS: Column[] = [
  text('id'),
  text('visitor_id'),
  text('status'),
  text('lang'),
  int('last_seq'),
  ...[
    'created_at',
    'updated_at',
    'handoff_requested_at',
    'department_id',
    'agent_id',
    'queued_at',
    'assigned_at',
    'first_reply_at',
    'transferred_at',
    'closed_at',
    'closed_by',
    'close_type',
    'close_tags',
    'close_summary',
  ].map(text),
  int('rating'),
  text('rating_comment'),
  text('rated_at'),
  int('agent_read_seq'),
  int('visitor_messages'),
];
const MESSAGES: Column[] = [
  text('id'),
  text('conversation_id'),
  int('seq'),
  ...['client_id', 'reply_to', 'author', 'kind', 'body', 'faq_id', 'payload', 'created_at'].map(
    text,
  ),
  text('agent_id'),
];
const EVENTS = [
  ...['conversation_id', 'kind', 'actor_agent_id', 'agent_id', 'department_id', 'note', 'at'],
  'faq_id',
].map(text);
const FEEDBACK: Column[] = [
  text('message_id'),
  text('faq_id'),
  int('helpful'),
  text('created_at'),
  text('updated_at'),
];
const GAPS = [
  ...['id', 'message_id', 'conversation_id', 'text', 'lang', 'reason', 'faq_id', 'at'],
  ...['resolution', 'resolved_faq_id', 'resolved_by', 'resolved_at'],
].map(text);
const NOTES = ['id', 'conversation_id', 'agent_id', 'client_id', 'body', 'created_at'].map(text);
const LEFT_MESSAGES = [
  ...['id', 'visitor_id', 'client_id', 'name', 'contact', 'body', 'lang', 'department_id'],
  ...['page_url', 'created_at', 'handled_at', 'handled_by', 'handled_note'],
].map(text);

/** The same columns, in the same order, as the SQLite loader writes. */
function conversationRows(conversations: StoredConversation[]) {
  const rows = {
    conversations: [] as Value[][],
    messages: [] as Value[][],
    events: [] as Value[][],
    feedback: [] as Value[][],
    gaps: [] as Value[][],
    notes: [] as Value[][],
  };
  for (const s of conversations) {
    const c = s.conversation;
    rows.conversations.push([
      ...[c.id, c.visitorId, c.status, c.lang, c.lastSeq, c.createdAt, c.updatedAt],
      ...[c.handoffRequestedAt, c.departmentId, c.agentId, c.queuedAt, c.assignedAt],
      ...[c.firstReplyAt, c.transferredAt, c.closedAt, c.closedBy, c.closeType],
      ...[JSON.stringify(c.closeTags), c.closeSummary, c.rating, c.ratingComment, c.ratedAt],
      ...[c.agentReadSeq, s.messages.filter((m) => m.author === 'visitor').length],
    ]);
    for (const m of s.messages) {
      rows.messages.push([
        ...[m.id, m.conversationId, m.seq, m.clientId, m.replyTo, m.author, m.kind, m.body],
        ...[m.faqId, JSON.stringify(m.payload), m.createdAt, m.payload.agent?.id ?? null],
      ]);
    }
    for (const e of s.events) {
      rows.events.push([
        ...[e.conversationId, e.kind, e.actorAgentId, e.agentId, e.departmentId, e.note, e.at],
        e.faqId ?? null,
      ]);
    }
    for (const f of s.feedback)
      rows.feedback.push([f.messageId, f.faqId, f.helpful ? 1 : 0, f.at, f.at]);
    for (const g of s.gaps) {
      rows.gaps.push([
        ...[g.id, g.messageId, g.conversationId, g.text, g.lang, g.reason, g.faqId, g.at],
        ...[g.resolution, g.resolvedFaqId, g.resolvedBy, g.resolvedAt],
      ]);
    }
    for (const n of s.notes) {
      rows.notes.push([n.id, n.conversationId, n.agentId, n.clientId, n.body, n.createdAt]);
    }
  }
  return rows;
}

async function write(client: pg.ClientBase, batch: BulkBatch): Promise<void> {
  await insertRows(
    client,
    'visitors',
    VISITORS,
    batch.visitors.map((v) => [
      ...[v.id, v.tokenHash, v.lang, v.createdAt, v.lastSeenAt, v.userAgent, v.referrer],
    ]),
  );
  // Parents before children: the foreign keys are checked at the end of each statement.
  const rows = conversationRows(batch.conversations);
  await insertRows(client, 'conversations', CONVERSATIONS, rows.conversations);
  await insertRows(client, 'messages', MESSAGES, rows.messages);
  await insertRows(client, 'conversation_events', EVENTS, rows.events);
  await insertRows(client, 'faq_feedback', FEEDBACK, rows.feedback);
  await insertRows(client, 'question_gaps', GAPS, rows.gaps);
  await insertRows(client, 'conversation_notes', NOTES, rows.notes);
  await insertRows(
    client,
    'left_messages',
    LEFT_MESSAGES,
    batch.leftMessages.map((l) => [
      ...[l.id, l.visitorId, l.clientId, l.name, l.contact, l.body, l.lang, l.departmentId],
      ...[l.pageUrl, l.createdAt, l.handledAt, l.handledBy, l.handledNote],
    ]),
  );
  if (batch.lastSeen.length === 0) return;
  await client.query(
    `UPDATE visitors v SET last_seen_at = GREATEST(v.last_seen_at COLLATE "C", s.at COLLATE "C")
     FROM unnest($1::text[], $2::text[]) AS s (id, at) WHERE v.id = s.id`,
    [batch.lastSeen.map((s) => s.visitorId), batch.lastSeen.map((s) => s.at)],
  );
}

/**
 * Loads recorded traffic into the PostgreSQL database at `url` through a connection of its own,
 * in the same few large transactions as SQLite's loader. Open the store first (it runs the
 * migrations). New messages are left unindexed for the transcript indexer, as live ones are.
 */
export async function openPostgresBulkLoader(url: string): Promise<BulkLoader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async countConversations() {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM conversations',
      );
      return rows[0]?.n ?? 0;
    },
    async load(batches, commitEvery) {
      let written = 0;
      await client.query('BEGIN');
      try {
        for (const batch of batches) {
          await write(client, batch);
          for (const c of batch.conversations) written += c.messages.length;
          if (written >= commitEvery) {
            await client.query('COMMIT');
            await client.query('BEGIN');
            written = 0;
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: () => client.end(),
  };
}

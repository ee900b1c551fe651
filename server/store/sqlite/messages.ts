import type { Database } from 'better-sqlite3';
import { conversationUpdater } from './conversation-change.ts';
import { conversationEvents } from './conversation-events.ts';
import { groupCommit } from './group-commit.ts';
import type {
  AppendOptions,
  ConversationChange,
  MessageDraft,
  MessageRepository,
} from '../types.ts';
import { toMessageRow, type MessageRaw } from '../rows/messages.ts';

/** Columns written only while still NULL: such a change gives the same row in any order. */
const FIRST_TIME_ONLY: ReadonlySet<keyof ConversationChange> = new Set([
  'handoffRequestedAt',
  'assignedAt',
  'firstReplyAt',
] as const);

/**
 * An append that changes the conversation's state (a handoff queues it) was decided on the
 * conversation as its caller just read it; it commits at once, as it did before group commit,
 * so no other request reads that state in between and decides the same again.
 */
function decidedOnState(options: AppendOptions): boolean {
  if (options.event) return true;
  const change = options.conversation ?? {};
  return Object.keys(change).some((k) => !FIRST_TIME_ONLY.has(k as keyof ConversationChange));
}

const SELECT = `SELECT m.*, f.helpful FROM messages m LEFT JOIN faq_feedback f ON f.message_id = m.id`;

export function messageRepository(db: Database): MessageRepository {
  const byId = db.prepare<[string], MessageRaw>(`${SELECT} WHERE m.id = ?`);
  const byClientId = db.prepare<[string, string], MessageRaw>(
    `${SELECT} WHERE m.conversation_id = ? AND m.client_id = ?`,
  );
  const replies = db.prepare<[string], MessageRaw>(`${SELECT} WHERE m.reply_to = ? ORDER BY m.seq`);
  const after = db.prepare<[string, number], MessageRaw>(
    `${SELECT} WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq`,
  );
  const latestBy = db.prepare<[string, string], MessageRaw>(
    `${SELECT} WHERE m.conversation_id = ? AND m.author = ? ORDER BY m.seq DESC LIMIT 1`,
  );
  const latest = db.prepare<[string], MessageRaw>(
    `${SELECT} WHERE m.conversation_id = ? ORDER BY m.seq DESC LIMIT 1`,
  );
  const countAfter = db
    .prepare<[string, number, string], number>(
      'SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND seq > ? AND author = ?',
    )
    .pluck();
  const latestFaqId = db
    .prepare<[string], string>(
      `SELECT faq_id FROM messages WHERE conversation_id = ? AND faq_id IS NOT NULL
       ORDER BY seq DESC LIMIT 1`,
    )
    .pluck();
  // agent_id repeats payload.agent.id in a column of its own, for the monthly analysis.
  const insert = db.prepare<[Omit<MessageRaw, 'helpful'> & { agent_id: string | null }]>(
    `INSERT INTO messages
       (id, conversation_id, seq, client_id, reply_to, author, kind, body, faq_id, payload,
        created_at, agent_id)
     VALUES (@id, @conversation_id, @seq, @client_id, @reply_to, @author, @kind, @body, @faq_id,
       @payload, @created_at, @agent_id)`,
  );
  // Reads and moves last_seq in one statement: the seqs this append takes end at the result.
  // The visitor's message count rides along, for the monthly analysis.
  const advance = db
    .prepare<[{ id: string; count: number; visitor: number; at: string }], number>(
      `UPDATE conversations SET last_seq = last_seq + @count,
         visitor_messages = visitor_messages + @visitor, updated_at = @at
       WHERE id = @id RETURNING last_seq`,
    )
    .pluck();
  const change = conversationUpdater(db);
  const events = conversationEvents(db);

  const exchange = (first: MessageRaw) => [
    toMessageRow(first),
    ...replies.all(first.id).map(toMessageRow),
  ];

  const group = groupCommit(db);

  /** Runs inside a group transaction, in its own savepoint. */
  const append = (conversationId: string, drafts: MessageDraft[], options: AppendOptions) => {
    const existing = byClientId.get(conversationId, options.clientId);
    if (existing) return { messages: exchange(existing), duplicate: true };
    const first = drafts[0];
    if (!first) throw new Error('append needs messages');
    const last = advance.get({
      id: conversationId,
      count: drafts.length,
      visitor: drafts.filter((d) => d.author === 'visitor').length,
      at: first.createdAt,
    });
    if (last === undefined) throw new Error(`no conversation ${conversationId}`);
    const rows = drafts.map((d, i) => {
      const raw = {
        id: d.id,
        conversation_id: conversationId,
        seq: last - drafts.length + i + 1,
        client_id: i === 0 ? options.clientId : null,
        reply_to: i === 0 ? null : first.id,
        author: d.author,
        kind: d.kind,
        body: d.body,
        faq_id: d.faqId,
        payload: JSON.stringify(d.payload),
        created_at: d.createdAt,
      };
      insert.run({ ...raw, agent_id: d.payload.agent?.id ?? null });
      // Exactly what reading it back would give: a new message has no feedback yet.
      return toMessageRow({ ...raw, helpful: null });
    });
    if (options.conversation) change(conversationId, options.conversation, first.createdAt);
    if (options.event) events.insert(options.event);
    return { messages: rows, duplicate: false };
  };

  return {
    // Group commit runs appends in the order they were asked for.
    appendsInCallOrder: true,
    append(conversationId, drafts, options) {
      // Seq and the clientId check are read when the write runs, inside the group, so two
      // appends to one conversation in one group see each other.
      return group.run(() => append(conversationId, drafts, options), decidedOnState(options));
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toMessageRow(raw) : null;
    },
    async listAfter(conversationId, afterSeq) {
      return after.all(conversationId, afterSeq).map(toMessageRow);
    },
    async latest(conversationId) {
      const raw = latest.get(conversationId);
      return raw ? toMessageRow(raw) : null;
    },
    async countAfter(conversationId, afterSeq, author) {
      return countAfter.get(conversationId, afterSeq, author) ?? 0;
    },
    async latestFaqId(conversationId) {
      return latestFaqId.get(conversationId) ?? null;
    },
    async latestBy(conversationId, author) {
      const raw = latestBy.get(conversationId, author);
      return raw ? toMessageRow(raw) : null;
    },
  };
}

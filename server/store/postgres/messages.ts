import type {
  AppendOptions,
  AppendResult,
  MessageDraft,
  MessageRepository,
  MessageRow,
} from '../types.ts';
import { applyChange } from './conversation-change.ts';
import { insertEvent } from './conversation-events.ts';
import type { Sql } from './sql.ts';
import { toMessageRow, type MessageRaw } from '../rows/messages.ts';

const SELECT = `SELECT m.id, m.conversation_id, m.seq, m.client_id, m.reply_to, m.author, m.kind,
  m.body, m.faq_id, m.payload, m.created_at, f.helpful
  FROM messages m LEFT JOIN faq_feedback f ON f.message_id = m.id`;

const many = async (sql: Sql, where: string, params: (string | number)[]) =>
  (await sql.all<MessageRaw>(`${SELECT} WHERE ${where}`, params)).map(toMessageRow);

const one = async (sql: Sql, where: string, params: (string | number)[]) =>
  (await many(sql, `${where} LIMIT 1`, params))[0] ?? null;

const INSERT = `INSERT INTO messages
  (id, conversation_id, seq, client_id, reply_to, author, kind, body, faq_id, payload,
   created_at, agent_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

/** The exchange stored with this clientId, its first message first; null when there is none. */
async function stored(sql: Sql, conversationId: string, clientId: string) {
  const first = await one(sql, 'm.conversation_id = $1 AND m.client_id = $2', [
    conversationId,
    clientId,
  ]);
  if (!first) return null;
  return [first, ...(await many(sql, 'm.reply_to = $1 ORDER BY m.seq', [first.id]))];
}

/**
 * The transaction of `append`; it may run again when PostgreSQL asks for a retry. Locking the
 * conversation row first puts appends to one conversation from any node in a line, so seqs
 * stay gapless and unique. The first message's insert is the clientId check: a resend stores
 * nothing and moves no seq.
 */
async function append(
  sql: Sql,
  conversationId: string,
  drafts: MessageDraft[],
  options: AppendOptions,
): Promise<AppendResult> {
  const locked = await sql.get<{ last_seq: number }>(
    'SELECT last_seq FROM conversations WHERE id = $1 FOR UPDATE',
    [conversationId],
  );
  const first = drafts[0];
  if (!locked || !first) {
    const existing = await stored(sql, conversationId, options.clientId);
    if (existing) return { messages: existing, duplicate: true };
    throw new Error(first ? `no conversation ${conversationId}` : 'append needs messages');
  }
  const rows: MessageRow[] = [];
  for (const [i, d] of drafts.entries()) {
    const raw = {
      id: d.id,
      conversation_id: conversationId,
      seq: locked.last_seq + i + 1,
      client_id: i === 0 ? options.clientId : null,
      reply_to: i === 0 ? null : first.id,
      author: d.author,
      kind: d.kind,
      body: d.body,
      faq_id: d.faqId,
      payload: JSON.stringify(d.payload),
      created_at: d.createdAt,
    };
    const inserted = await sql.run(
      i === 0 ? `${INSERT} ON CONFLICT (conversation_id, client_id) DO NOTHING` : INSERT,
      [
        ...[raw.id, raw.conversation_id, raw.seq, raw.client_id, raw.reply_to, raw.author],
        ...[raw.kind, raw.body, raw.faq_id, raw.payload, raw.created_at],
        // agent_id repeats payload.agent.id in a column of its own, for the monthly analysis.
        d.payload.agent?.id ?? null,
      ],
    );
    if (inserted === 0) {
      const existing = await stored(sql, conversationId, options.clientId);
      if (!existing) throw new Error(`clientId ${options.clientId} conflicted but is not stored`);
      return { messages: existing, duplicate: true };
    }
    // Exactly what reading it back would give: a new message has no feedback yet.
    rows.push(toMessageRow({ ...raw, helpful: null }));
  }
  // The visitor's message count rides along, for the monthly analysis.
  await sql.run(
    `UPDATE conversations SET last_seq = $2,
       visitor_messages = visitor_messages + $3, updated_at = $4
     WHERE id = $1`,
    [
      conversationId,
      locked.last_seq + drafts.length,
      drafts.filter((d) => d.author === 'visitor').length,
      first.createdAt,
    ],
  );
  if (options.conversation) {
    await applyChange(sql, conversationId, options.conversation, first.createdAt);
  }
  if (options.event) await insertEvent(sql, options.event);
  return { messages: rows, duplicate: false };
}

/**
 * Runs `work` after every earlier one of the same key on this node. Appends to one
 * conversation wait for each other's row lock anyway, and one that waited for a newer commit
 * than its snapshot must start over; a burst taking turns here retries only when another
 * node got in between.
 */
function inLine() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

export function messageRepository(db: Sql): MessageRepository {
  const line = inLine();
  return {
    // Each append is its own round trip: a later one may commit first.
    appendsInCallOrder: false,
    append(conversationId, drafts, options) {
      // READ COMMITTED: the conversation's row lock, taken first, orders appends to it; a
      // resend's clientId is then found committed by the insert itself.
      return line(conversationId, () =>
        db.tx((sql) => append(sql, conversationId, drafts, options), 'read committed'),
      );
    },
    async get(id) {
      return one(db, 'm.id = $1', [id]);
    },
    async listAfter(conversationId, afterSeq) {
      return many(db, 'm.conversation_id = $1 AND m.seq > $2 ORDER BY m.seq', [
        conversationId,
        afterSeq,
      ]);
    },
    async latest(conversationId) {
      return one(db, 'm.conversation_id = $1 ORDER BY m.seq DESC', [conversationId]);
    },
    async countAfter(conversationId, afterSeq, author) {
      const row = await db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM messages WHERE conversation_id = $1 AND seq > $2 AND author = $3',
        [conversationId, afterSeq, author],
      );
      return row?.n ?? 0;
    },
    async latestFaqId(conversationId) {
      const row = await db.get<{ faq_id: string }>(
        `SELECT faq_id FROM messages WHERE conversation_id = $1 AND faq_id IS NOT NULL
         ORDER BY seq DESC LIMIT 1`,
        [conversationId],
      );
      return row?.faq_id ?? null;
    },
    async latestBy(conversationId, author) {
      return one(db, 'm.conversation_id = $1 AND m.author = $2 ORDER BY m.seq DESC', [
        conversationId,
        author,
      ]);
    },
  };
}

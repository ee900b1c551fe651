import type {
  ConversationChange,
  ConversationEventRow,
  ConversationExpectation,
  ConversationRepository,
  ConversationRow,
  OpenState,
} from '../types.ts';
import { applyChange } from './conversation-change.ts';
import { insertEvent, listEvents } from './conversation-events.ts';
import type { Sql } from './sql.ts';
import { toConversationRow, type ConversationRaw } from '../rows/conversations.ts';

const SELECT = 'SELECT * FROM conversations';
// SQLite puts NULLs first in ascending order, PostgreSQL last: the queue keeps SQLite's order.
const QUEUE_ORDER = 'ORDER BY priority DESC, queued_at NULLS FIRST, rowid';

const one = async (sql: Sql, where: string, params: string[]) => {
  const raw = await sql.get<ConversationRaw>(`${SELECT} WHERE ${where}`, params);
  return raw ? toConversationRow(raw) : null;
};

/**
 * Whether the agent holds fewer active chats than their limit. The agent's row is locked first:
 * of two nodes giving the same agent a chat at once, the second waits, is retried, and counts
 * the first one's chat.
 */
async function hasRoom(sql: Sql, agentId: string): Promise<boolean> {
  const agent = await sql.get<{ max_chats: number }>(
    'SELECT max_chats FROM agents WHERE id = $1 FOR UPDATE',
    [agentId],
  );
  if (!agent) return false;
  const active = await sql.get<{ n: number }>(
    "SELECT COUNT(*) AS n FROM conversations WHERE agent_id = $1 AND status = 'active'",
    [agentId],
  );
  return (active?.n ?? 0) < agent.max_chats;
}

/**
 * The transaction of `transition`: the row is locked before it is checked, so of two
 * transitions decided on the same state the second waits, is retried, and finds it changed.
 */
async function transition(
  sql: Sql,
  id: string,
  expect: ConversationExpectation,
  change: ConversationChange,
  event: ConversationEventRow | null,
): Promise<ConversationRow | null> {
  const current = await sql.get<ConversationRaw>(`${SELECT} WHERE id = $1 FOR UPDATE`, [id]);
  if (!current) return null;
  const statuses = Array.isArray(expect.status) ? expect.status : [expect.status];
  if (!statuses.includes(current.status)) return null;
  if (expect.agentId !== undefined && current.agent_id !== expect.agentId) return null;
  if (expect.rating === null && current.rating !== null) return null;
  if (expect.agentHasRoom && !(change.agentId && (await hasRoom(sql, change.agentId)))) return null;
  await applyChange(sql, id, change, event?.at ?? current.updated_at);
  if (event) {
    await insertEvent(sql, event);
    if ((event.kind === 'assigned' || event.kind === 'taken') && event.agentId) {
      await sql.run('UPDATE agents SET last_assigned_at = $1 WHERE id = $2', [
        event.at,
        event.agentId,
      ]);
    }
  }
  return one(sql, 'id = $1', [id]);
}

export function conversationRepository(db: Sql): ConversationRepository {
  const openFor = (visitorId: string) =>
    one(db, "visitor_id = $1 AND status <> 'closed'", [visitorId]);

  return {
    async get(id) {
      return one(db, 'id = $1', [id]);
    },
    async latestFor(visitorId) {
      return one(db, 'visitor_id = $1 ORDER BY created_at DESC, rowid DESC LIMIT 1', [visitorId]);
    },
    async openState(visitorId) {
      const state = await db.get<OpenState>(
        "SELECT id, status FROM conversations WHERE visitor_id = $1 AND status <> 'closed'",
        [visitorId],
      );
      return state ?? null;
    },
    async findOrCreateOpen(d) {
      // Nearly every message finds the conversation already open: a plain read.
      for (;;) {
        const existing = await openFor(d.visitorId);
        if (existing) return { conversation: existing, created: false };
        // The one-open-conversation index settles a race with another node: the loser reads
        // the winner's conversation on the next turn.
        const created = await db.get<ConversationRaw>(
          `INSERT INTO conversations (id, visitor_id, status, lang, last_seq, created_at, updated_at)
           VALUES ($1, $2, 'bot', $3, 0, $4, $4)
           ON CONFLICT (visitor_id) WHERE status <> 'closed' DO NOTHING
           RETURNING *`,
          [d.id, d.visitorId, d.lang, d.createdAt],
        );
        if (created) return { conversation: toConversationRow(created), created: true };
      }
    },
    async listForVisitor(visitorId, limit) {
      const rows = await db.all<ConversationRaw>(
        `${SELECT} WHERE visitor_id = $1 ORDER BY created_at DESC, rowid DESC LIMIT $2`,
        [visitorId, limit],
      );
      return rows.map(toConversationRow);
    },
    async listQueued(departments) {
      const rows = departments
        ? await db.all<ConversationRaw>(
            `${SELECT} WHERE status = 'queued' AND department_id = ANY($1::text[]) ${QUEUE_ORDER}`,
            [departments],
          )
        : await db.all<ConversationRaw>(`${SELECT} WHERE status = 'queued' ${QUEUE_ORDER}`);
      return rows.map(toConversationRow);
    },
    async listActiveFor(agentId) {
      const rows = await db.all<ConversationRaw>(
        `${SELECT} WHERE status = 'active' AND agent_id = $1 ORDER BY assigned_at NULLS FIRST, rowid`,
        [agentId],
      );
      return rows.map(toConversationRow);
    },
    async countActiveByAgent() {
      const rows = await db.all<{ agent_id: string; n: number }>(
        "SELECT agent_id, COUNT(*) AS n FROM conversations WHERE status = 'active' GROUP BY agent_id",
      );
      return new Map(rows.map((r) => [r.agent_id, r.n]));
    },
    async countAhead(c) {
      // The queue's own order: a higher priority first, then the longest waiting.
      const row = await db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM conversations
         WHERE status = 'queued' AND department_id IS NOT DISTINCT FROM $1
           AND (priority > $2 OR (priority = $2 AND (queued_at < $3
             OR (queued_at = $3 AND rowid < (SELECT rowid FROM conversations WHERE id = $4)))))`,
        [c.departmentId, c.priority, c.queuedAt, c.id],
      );
      return row?.n ?? 0;
    },
    async recentWaits(departmentId, limit) {
      const rows = await db.all<{ queued_at: string; assigned_at: string }>(
        `SELECT queued_at, assigned_at FROM conversations
         WHERE department_id = $1 AND assigned_at IS NOT NULL AND queued_at IS NOT NULL
           AND assigned_at >= queued_at
         ORDER BY assigned_at DESC LIMIT $2`,
        [departmentId, limit],
      );
      return rows.map((r) => (Date.parse(r.assigned_at) - Date.parse(r.queued_at)) / 1000);
    },
    async transition(id, expect, change, event) {
      return db.tx((sql) => transition(sql, id, expect, change, event));
    },
    async setAgentReadSeq(id, seq) {
      const changed = await db.run(
        'UPDATE conversations SET agent_read_seq = $2 WHERE id = $1 AND agent_read_seq < $2',
        [id, seq],
      );
      return changed > 0;
    },
    async listEvents(conversationId) {
      return listEvents(db, conversationId);
    },
  };
}

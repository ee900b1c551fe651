import type { Database } from 'better-sqlite3';
import type { Language } from '../../../protocol/index.ts';
import type {
  ConversationChange,
  ConversationEventRow,
  ConversationRepository,
  OpenState,
} from '../types.ts';
import { conversationUpdater } from './conversation-change.ts';
import { conversationEvents } from './conversation-events.ts';
import { cachedOpenState } from './open-state-cache.ts';
import { toConversationRow, type ConversationRaw } from '../rows/conversations.ts';

export function conversationRepository(db: Database): ConversationRepository {
  const byId = db.prepare<[string], ConversationRaw>('SELECT * FROM conversations WHERE id = ?');
  const latest = db.prepare<[string], ConversationRaw>(
    'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  );
  const open = db.prepare<[string], ConversationRaw>(
    "SELECT * FROM conversations WHERE visitor_id = ? AND status <> 'closed'",
  );
  const readOpenState = db.prepare<[string], OpenState>(
    "SELECT id, status FROM conversations WHERE visitor_id = ? AND status <> 'closed'",
  );
  const openState = cachedOpenState(db, (visitorId) => readOpenState.get(visitorId));
  const forVisitor = db.prepare<[string, number], ConversationRaw>(
    'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
  );
  const queuedAll = db.prepare<[], ConversationRaw>(
    "SELECT * FROM conversations WHERE status = 'queued' ORDER BY priority DESC, queued_at, rowid",
  );
  // The departments as a JSON array, so one statement serves any number of them.
  const queuedIn = db.prepare<[string], ConversationRaw>(
    `SELECT * FROM conversations
     WHERE status = 'queued' AND department_id IN (SELECT value FROM json_each(?))
     ORDER BY priority DESC, queued_at, rowid`,
  );
  const activeFor = db.prepare<[string], ConversationRaw>(
    "SELECT * FROM conversations WHERE status = 'active' AND agent_id = ? ORDER BY assigned_at, rowid",
  );
  const activeCounts = db.prepare<[], { agent_id: string; n: number }>(
    "SELECT agent_id, COUNT(*) AS n FROM conversations WHERE status = 'active' GROUP BY agent_id",
  );
  const ahead = db
    .prepare<
      { department: string | null; priority: number; queuedAt: string | null; id: string },
      number
    >(
      // The queue's own order: a higher priority first, then the longest waiting.
      `SELECT COUNT(*) FROM conversations
       WHERE status = 'queued' AND department_id IS @department
         AND (priority > @priority OR (priority = @priority AND (queued_at < @queuedAt
           OR (queued_at = @queuedAt AND rowid < (SELECT rowid FROM conversations WHERE id = @id)))))`,
    )
    .pluck();
  const waits = db.prepare<[string, number], { queued_at: string; assigned_at: string }>(
    `SELECT queued_at, assigned_at FROM conversations
     WHERE department_id = ? AND assigned_at IS NOT NULL AND queued_at IS NOT NULL
       AND assigned_at >= queued_at
     ORDER BY assigned_at DESC LIMIT ?`,
  );
  const insert = db.prepare<[{ id: string; visitor_id: string; lang: Language; at: string }]>(
    `INSERT INTO conversations (id, visitor_id, status, lang, last_seq, created_at, updated_at)
     VALUES (@id, @visitor_id, 'bot', @lang, 0, @at, @at)`,
  );
  const readSeq = db.prepare<{ id: string; seq: number }>(
    'UPDATE conversations SET agent_read_seq = @seq WHERE id = @id AND agent_read_seq < @seq',
  );
  const lastAssigned = db.prepare<[string, string]>(
    'UPDATE agents SET last_assigned_at = ? WHERE id = ?',
  );
  const events = conversationEvents(db);
  const apply = conversationUpdater(db);

  const findOrCreateOpen = db.transaction(
    (d: Parameters<ConversationRepository['findOrCreateOpen']>[0]) => {
      const existing = open.get(d.visitorId);
      if (existing) return { conversation: toConversationRow(existing), created: false };
      insert.run({ id: d.id, visitor_id: d.visitorId, lang: d.lang, at: d.createdAt });
      const created = byId.get(d.id);
      if (!created) throw new Error(`conversation ${d.id} vanished after insert`);
      return { conversation: toConversationRow(created), created: true };
    },
  );

  const hasRoom = db
    .prepare<[string, string], number>(
      `SELECT (SELECT COUNT(*) FROM conversations WHERE agent_id = ? AND status = 'active')
         < max_chats FROM agents WHERE id = ?`,
    )
    .pluck();
  const transition = db.transaction(
    (
      id: string,
      expect: Parameters<ConversationRepository['transition']>[1],
      change: ConversationChange,
      event: ConversationEventRow | null,
    ) => {
      const current = byId.get(id);
      if (!current) return null;
      const statuses = Array.isArray(expect.status) ? expect.status : [expect.status];
      if (!statuses.includes(current.status)) return null;
      if (expect.agentId !== undefined && current.agent_id !== expect.agentId) return null;
      if (expect.rating === null && current.rating !== null) return null;
      if (expect.agentHasRoom && !(change.agentId && hasRoom.get(change.agentId, change.agentId))) {
        return null;
      }
      apply(id, change, event?.at ?? current.updated_at);
      if (event) {
        events.insert(event);
        if ((event.kind === 'assigned' || event.kind === 'taken') && event.agentId) {
          lastAssigned.run(event.at, event.agentId);
        }
      }
      const after = byId.get(id);
      return after ? toConversationRow(after) : null;
    },
  );

  return {
    async get(id) {
      const raw = byId.get(id);
      return raw ? toConversationRow(raw) : null;
    },
    async latestFor(visitorId) {
      const raw = latest.get(visitorId);
      return raw ? toConversationRow(raw) : null;
    },
    async openState(visitorId) {
      return openState(visitorId);
    },
    async findOrCreateOpen(draft) {
      // Nearly every message finds the conversation already open: a plain read, no write lock.
      const existing = open.get(draft.visitorId);
      if (existing) return { conversation: toConversationRow(existing), created: false };
      return findOrCreateOpen.immediate(draft);
    },
    async listForVisitor(visitorId, limit) {
      return forVisitor.all(visitorId, limit).map(toConversationRow);
    },
    async listQueued(departments) {
      const rows = departments ? queuedIn.all(JSON.stringify(departments)) : queuedAll.all();
      return rows.map(toConversationRow);
    },
    async listActiveFor(agentId) {
      return activeFor.all(agentId).map(toConversationRow);
    },
    async countActiveByAgent() {
      return new Map(activeCounts.all().map((r) => [r.agent_id, r.n]));
    },
    async countAhead(c) {
      const at = { department: c.departmentId, priority: c.priority, queuedAt: c.queuedAt };
      return ahead.get({ ...at, id: c.id }) ?? 0;
    },
    async recentWaits(departmentId, limit) {
      return waits
        .all(departmentId, limit)
        .map((r) => (Date.parse(r.assigned_at) - Date.parse(r.queued_at)) / 1000);
    },
    async transition(id, expect, change, event) {
      return transition.immediate(id, expect, change, event);
    },
    async setAgentReadSeq(id, seq) {
      return readSeq.run({ id, seq }).changes > 0;
    },
    async listEvents(conversationId) {
      return events.list(conversationId);
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { CloseType, Language, Rating } from '../../../protocol/index.ts';
import type {
  ConversationChange,
  ConversationEventRow,
  ConversationRepository,
  ConversationRow,
  ConversationStatus,
} from '../types.ts';
import { conversationUpdater } from './conversation-change.ts';
import { conversationEvents } from './conversation-events.ts';

interface Raw {
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

const toRow = (r: Raw): ConversationRow => ({
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

export function conversationRepository(db: Database): ConversationRepository {
  const byId = db.prepare<[string], Raw>('SELECT * FROM conversations WHERE id = ?');
  const latest = db.prepare<[string], Raw>(
    'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  );
  const open = db.prepare<[string], Raw>(
    "SELECT * FROM conversations WHERE visitor_id = ? AND status <> 'closed'",
  );
  const forVisitor = db.prepare<[string, number], Raw>(
    'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
  );
  const queuedAll = db.prepare<[], Raw>(
    "SELECT * FROM conversations WHERE status = 'queued' ORDER BY priority DESC, queued_at, rowid",
  );
  // The departments as a JSON array, so one statement serves any number of them.
  const queuedIn = db.prepare<[string], Raw>(
    `SELECT * FROM conversations
     WHERE status = 'queued' AND department_id IN (SELECT value FROM json_each(?))
     ORDER BY priority DESC, queued_at, rowid`,
  );
  const activeFor = db.prepare<[string], Raw>(
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
      if (existing) return { conversation: toRow(existing), created: false };
      insert.run({ id: d.id, visitor_id: d.visitorId, lang: d.lang, at: d.createdAt });
      const created = byId.get(d.id);
      if (!created) throw new Error(`conversation ${d.id} vanished after insert`);
      return { conversation: toRow(created), created: true };
    },
  );

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
      apply(id, change, event?.at ?? current.updated_at);
      if (event) {
        events.insert(event);
        if ((event.kind === 'assigned' || event.kind === 'taken') && event.agentId) {
          lastAssigned.run(event.at, event.agentId);
        }
      }
      const after = byId.get(id);
      return after ? toRow(after) : null;
    },
  );

  return {
    async get(id) {
      const raw = byId.get(id);
      return raw ? toRow(raw) : null;
    },
    async latestFor(visitorId) {
      const raw = latest.get(visitorId);
      return raw ? toRow(raw) : null;
    },
    async findOrCreateOpen(draft) {
      // Nearly every message finds the conversation already open: a plain read, no write lock.
      const existing = open.get(draft.visitorId);
      if (existing) return { conversation: toRow(existing), created: false };
      return findOrCreateOpen.immediate(draft);
    },
    async listForVisitor(visitorId, limit) {
      return forVisitor.all(visitorId, limit).map(toRow);
    },
    async listQueued(departments) {
      const rows = departments ? queuedIn.all(JSON.stringify(departments)) : queuedAll.all();
      return rows.map(toRow);
    },
    async listActiveFor(agentId) {
      return activeFor.all(agentId).map(toRow);
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

import type { Database } from 'better-sqlite3';
import type { Language } from '../../../protocol/index.ts';
import type { ConversationRepository, ConversationRow, ConversationStatus } from '../types.ts';

interface Raw {
  id: string;
  visitor_id: string;
  status: ConversationStatus;
  lang: Language;
  last_seq: number;
  created_at: string;
  updated_at: string;
  handoff_requested_at: string | null;
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
});

export function conversationRepository(db: Database): ConversationRepository {
  const byId = db.prepare<[string], Raw>('SELECT * FROM conversations WHERE id = ?');
  const latest = db.prepare<[string], Raw>(
    'SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  );
  const open = db.prepare<[string], Raw>(
    "SELECT * FROM conversations WHERE visitor_id = ? AND status <> 'closed'",
  );
  const insert = db.prepare<[{ id: string; visitor_id: string; lang: Language; at: string }]>(
    `INSERT INTO conversations (id, visitor_id, status, lang, last_seq, created_at, updated_at)
     VALUES (@id, @visitor_id, 'bot', @lang, 0, @at, @at)`,
  );

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
      return findOrCreateOpen.immediate(draft);
    },
  };
}

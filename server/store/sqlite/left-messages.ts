import type { Database } from 'better-sqlite3';
import type { LeftMessageRepository, LeftMessageRow } from '../types.ts';
import { toLeftMessageRow, type LeftMessageRaw } from '../rows/left-messages.ts';

const toRaw = (m: LeftMessageRow): LeftMessageRaw => ({
  id: m.id,
  visitor_id: m.visitorId,
  client_id: m.clientId,
  name: m.name,
  contact: m.contact,
  body: m.body,
  lang: m.lang,
  department_id: m.departmentId,
  page_url: m.pageUrl,
  created_at: m.createdAt,
  handled_at: m.handledAt,
  handled_by: m.handledBy,
  handled_note: m.handledNote,
});

export function leftMessageRepository(db: Database): LeftMessageRepository {
  const insert = db.prepare<[LeftMessageRaw]>(
    `INSERT INTO left_messages (id, visitor_id, client_id, name, contact, body, lang, department_id,
       page_url, created_at, handled_at, handled_by, handled_note)
     VALUES (@id, @visitor_id, @client_id, @name, @contact, @body, @lang, @department_id,
       @page_url, @created_at, @handled_at, @handled_by, @handled_note)
     ON CONFLICT (visitor_id, client_id) DO NOTHING`,
  );
  const byId = db.prepare<[string], LeftMessageRaw>('SELECT * FROM left_messages WHERE id = ?');
  const byClientId = db.prepare<[string, string], LeftMessageRaw>(
    'SELECT * FROM left_messages WHERE visitor_id = ? AND client_id = ?',
  );
  const open = db.prepare<[number], LeftMessageRaw>(
    'SELECT * FROM left_messages WHERE handled_at IS NULL ORDER BY created_at, id LIMIT ?',
  );
  const handled = db.prepare<[number], LeftMessageRaw>(
    `SELECT * FROM left_messages WHERE handled_at IS NOT NULL
     ORDER BY handled_at DESC, id DESC LIMIT ?`,
  );
  const markHandled = db.prepare<[string, string, string, string]>(
    `UPDATE left_messages SET handled_at = ?, handled_by = ?, handled_note = ?
     WHERE id = ? AND handled_at IS NULL`,
  );

  const create = db.transaction((m: LeftMessageRow) => {
    const duplicate = insert.run(toRaw(m)).changes === 0;
    const stored = byClientId.get(m.visitorId, m.clientId);
    if (!stored) throw new Error(`left message ${m.id} vanished after insert`);
    return { leftMessage: toLeftMessageRow(stored), duplicate };
  });

  return {
    async create(m) {
      return create.immediate(m);
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toLeftMessageRow(raw) : null;
    },
    async list(status, limit) {
      return (status === 'open' ? open : handled).all(limit).map(toLeftMessageRow);
    },
    async markHandled(id, { at, by, note }) {
      if (markHandled.run(at, by, note, id).changes === 0) return null;
      const raw = byId.get(id);
      return raw ? toLeftMessageRow(raw) : null;
    },
  };
}

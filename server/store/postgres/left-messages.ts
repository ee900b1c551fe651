import type { LeftMessageRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toLeftMessageRow, type LeftMessageRaw } from '../rows/left-messages.ts';

export function leftMessageRepository(db: Sql): LeftMessageRepository {
  return {
    // A retried submission (same visitor and client id) finds the one stored first.
    create(m) {
      return db.tx(async (sql) => {
        const inserted = await sql.run(
          `INSERT INTO left_messages (id, visitor_id, client_id, name, contact, body, lang,
             department_id, page_url, created_at, handled_at, handled_by, handled_note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           ON CONFLICT (visitor_id, client_id) DO NOTHING`,
          [
            m.id,
            m.visitorId,
            m.clientId,
            m.name,
            m.contact,
            m.body,
            m.lang,
            m.departmentId,
            m.pageUrl,
            m.createdAt,
            m.handledAt,
            m.handledBy,
            m.handledNote,
          ],
        );
        const stored = await sql.get<LeftMessageRaw>(
          'SELECT * FROM left_messages WHERE visitor_id = $1 AND client_id = $2',
          [m.visitorId, m.clientId],
        );
        if (!stored) throw new Error(`left message ${m.id} vanished after insert`);
        return { leftMessage: toLeftMessageRow(stored), duplicate: inserted === 0 };
      });
    },
    async get(id) {
      const raw = await db.get<LeftMessageRaw>('SELECT * FROM left_messages WHERE id = $1', [id]);
      return raw ? toLeftMessageRow(raw) : null;
    },
    async list(status, limit) {
      const rows = await db.all<LeftMessageRaw>(
        status === 'open'
          ? `SELECT * FROM left_messages WHERE handled_at IS NULL
             ORDER BY created_at COLLATE "C", id COLLATE "C" LIMIT $1`
          : `SELECT * FROM left_messages WHERE handled_at IS NOT NULL
             ORDER BY handled_at COLLATE "C" DESC, id COLLATE "C" DESC LIMIT $1`,
        [limit],
      );
      return rows.map(toLeftMessageRow);
    },
    // RETURNING gives the row as this update left it, in the same statement.
    async markHandled(id, { at, by, note }) {
      const raw = await db.get<LeftMessageRaw>(
        `UPDATE left_messages SET handled_at = $1, handled_by = $2, handled_note = $3
         WHERE id = $4 AND handled_at IS NULL
         RETURNING *`,
        [at, by, note, id],
      );
      return raw ? toLeftMessageRow(raw) : null;
    },
  };
}

import type { QuickReplyRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toQuickReplyRow, type QuickReplyRaw } from '../rows/quick-replies.ts';

export function quickReplyRepository(db: Sql): QuickReplyRepository {
  return {
    async list() {
      const rows = await db.all<QuickReplyRaw>(
        'SELECT * FROM quick_replies ORDER BY sort, shortcut COLLATE "C", id COLLATE "C"',
      );
      return rows.map(toQuickReplyRow);
    },
    async get(id) {
      const raw = await db.get<QuickReplyRaw>('SELECT * FROM quick_replies WHERE id = $1', [id]);
      return raw ? toQuickReplyRow(raw) : null;
    },
    async create(q) {
      await db.run(
        `INSERT INTO quick_replies (id, lang, shortcut, body, sort, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [q.id, q.lang, q.shortcut, q.body, q.sort, q.createdAt, q.updatedAt],
      );
    },
    async update(q) {
      const changed = await db.run(
        `UPDATE quick_replies SET lang = $1, shortcut = $2, body = $3, sort = $4, updated_at = $5
         WHERE id = $6`,
        [q.lang, q.shortcut, q.body, q.sort, q.updatedAt, q.id],
      );
      return changed > 0;
    },
    async delete(id) {
      return (await db.run('DELETE FROM quick_replies WHERE id = $1', [id])) > 0;
    },
  };
}

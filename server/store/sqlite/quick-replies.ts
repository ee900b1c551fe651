import type { Database } from 'better-sqlite3';
import type { QuickReplyRepository } from '../types.ts';
import { toQuickReplyRow, type QuickReplyRaw } from '../rows/quick-replies.ts';

export function quickReplyRepository(db: Database): QuickReplyRepository {
  const all = db.prepare<[], QuickReplyRaw>(
    'SELECT * FROM quick_replies ORDER BY sort, shortcut, id',
  );
  const byId = db.prepare<[string], QuickReplyRaw>('SELECT * FROM quick_replies WHERE id = ?');
  const insert = db.prepare<[QuickReplyRaw]>(
    `INSERT INTO quick_replies (id, lang, shortcut, body, sort, created_at, updated_at)
     VALUES (@id, @lang, @shortcut, @body, @sort, @created_at, @updated_at)`,
  );
  const update = db.prepare<[Omit<QuickReplyRaw, 'created_at'>]>(
    `UPDATE quick_replies SET lang = @lang, shortcut = @shortcut, body = @body, sort = @sort,
       updated_at = @updated_at
     WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM quick_replies WHERE id = ?');

  return {
    async list() {
      return all.all().map(toQuickReplyRow);
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toQuickReplyRow(raw) : null;
    },
    async create(q) {
      insert.run({
        id: q.id,
        lang: q.lang,
        shortcut: q.shortcut,
        body: q.body,
        sort: q.sort,
        created_at: q.createdAt,
        updated_at: q.updatedAt,
      });
    },
    async update(q) {
      const { changes } = update.run({
        id: q.id,
        lang: q.lang,
        shortcut: q.shortcut,
        body: q.body,
        sort: q.sort,
        updated_at: q.updatedAt,
      });
      return changes > 0;
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
  };
}

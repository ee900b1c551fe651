import type { QuestionGapRepository } from '../types.ts';
import { toQuestionGapRow, type QuestionGapRaw } from '../rows/question-gaps.ts';
import type { Sql } from './sql.ts';

/**
 * The knowledge-gap log. Each write is a single statement, so none needs a transaction: a
 * message logged twice for one reason is stopped by the unique key, whichever node logs it.
 */
export function questionGapRepository(db: Sql): QuestionGapRepository {
  return {
    async record(d) {
      const inserted = await db.run(
        `INSERT INTO question_gaps (id, message_id, conversation_id, text, lang, reason, faq_id, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (message_id, reason) DO NOTHING`,
        [d.id, d.messageId, d.conversationId, d.text, d.lang, d.reason, d.faqId, d.at],
      );
      return inserted === 1;
    },
    async listOpen(limit) {
      const raws = await db.all<QuestionGapRaw>(
        `SELECT * FROM question_gaps WHERE resolution IS NULL
         ORDER BY at DESC, id COLLATE "C" LIMIT $1`,
        [limit],
      );
      return raws.map(toQuestionGapRow);
    },
    async countOpen() {
      const row = await db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM question_gaps WHERE resolution IS NULL',
      );
      return row?.n ?? 0;
    },
    async getOpen(ids) {
      // By id, as SQLite returns them (it walks the primary key).
      const raws = await db.all<QuestionGapRaw>(
        `SELECT * FROM question_gaps WHERE resolution IS NULL AND id = ANY($1::text[])
         ORDER BY id COLLATE "C"`,
        [ids],
      );
      return raws.map(toQuestionGapRow);
    },
    async resolve(ids, r) {
      return db.run(
        `UPDATE question_gaps
         SET resolution = $1, resolved_faq_id = $2, resolved_by = $3, resolved_at = $4
         WHERE resolution IS NULL AND id = ANY($5::text[])`,
        [r.resolution, r.faqId, r.by, r.at, ids],
      );
    },
  };
}

import type { Database } from 'better-sqlite3';
import { groupCommit } from './group-commit.ts';
import type { QuestionGapDraft, QuestionGapRepository } from '../types.ts';
import { toQuestionGapRow, type QuestionGapRaw } from '../rows/question-gaps.ts';

/** A statement's parameter list can only be so long; larger id lists go in slices. */
const ID_SLICE = 500;

function slices(ids: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += ID_SLICE) out.push(ids.slice(i, i + ID_SLICE));
  return out;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function questionGapRepository(db: Database): QuestionGapRepository {
  const insert = db.prepare<[QuestionGapDraft]>(
    `INSERT INTO question_gaps (id, message_id, conversation_id, text, lang, reason, faq_id, at)
     VALUES (@id, @messageId, @conversationId, @text, @lang, @reason, @faqId, @at)
     ON CONFLICT (message_id, reason) DO NOTHING`,
  );
  const open = db.prepare<[number], QuestionGapRaw>(
    `SELECT * FROM question_gaps WHERE resolution IS NULL ORDER BY at DESC, id LIMIT ?`,
  );
  const countOpen = db
    .prepare<[], number>('SELECT COUNT(*) FROM question_gaps WHERE resolution IS NULL')
    .pluck();
  // Logged in the group commit of its tick: a visitor's message never waits for an fsync of its own.
  const writes = groupCommit(db);

  const resolve = db.transaction(
    (ids: string[], r: Parameters<QuestionGapRepository['resolve']>[1]) => {
      let changed = 0;
      for (const part of slices(ids)) {
        changed += db
          .prepare(
            `UPDATE question_gaps SET resolution = ?, resolved_faq_id = ?, resolved_by = ?, resolved_at = ?
             WHERE resolution IS NULL AND id IN (${placeholders(part.length)})`,
          )
          .run(r.resolution, r.faqId, r.by, r.at, ...part).changes;
      }
      return changed;
    },
  );

  return {
    record(draft) {
      return writes.run(() => insert.run(draft).changes === 1);
    },
    async listOpen(limit) {
      return open.all(limit).map(toQuestionGapRow);
    },
    async countOpen() {
      return countOpen.get() ?? 0;
    },
    async getOpen(ids) {
      return slices(ids).flatMap((part) =>
        db
          .prepare<string[], QuestionGapRaw>(
            `SELECT * FROM question_gaps WHERE resolution IS NULL AND id IN (${placeholders(part.length)})`,
          )
          .all(...part)
          .map(toQuestionGapRow),
      );
    },
    async resolve(ids, resolution) {
      return resolve(ids, resolution);
    },
  };
}

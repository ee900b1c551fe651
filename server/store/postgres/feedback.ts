import type { FeedbackRepository } from '../types.ts';
import type { Sql } from './sql.ts';

export function feedbackRepository(db: Sql): FeedbackRepository {
  return {
    async upsert(vote) {
      await db.run(
        `INSERT INTO faq_feedback (message_id, faq_id, helpful, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (message_id) DO UPDATE
           SET helpful = excluded.helpful, updated_at = excluded.updated_at`,
        [vote.messageId, vote.faqId, vote.helpful ? 1 : 0, vote.at],
      );
    },
  };
}

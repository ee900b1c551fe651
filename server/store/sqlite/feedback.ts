import type { Database } from 'better-sqlite3';
import type { FeedbackRepository } from '../types.ts';

export function feedbackRepository(db: Database): FeedbackRepository {
  const upsert = db.prepare<[{ message_id: string; faq_id: string; helpful: number; at: string }]>(
    `INSERT INTO faq_feedback (message_id, faq_id, helpful, created_at, updated_at)
     VALUES (@message_id, @faq_id, @helpful, @at, @at)
     ON CONFLICT (message_id) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at`,
  );
  return {
    async upsert(vote) {
      upsert.run({
        message_id: vote.messageId,
        faq_id: vote.faqId,
        helpful: vote.helpful ? 1 : 0,
        at: vote.at,
      });
    },
  };
}

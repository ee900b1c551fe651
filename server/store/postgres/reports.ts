import type { CloseType, ConversationStatus, Rating } from '../../../protocol/index.ts';
import type { ConversationFact, FaqUseFact, ReportRepository, TimeRange } from '../types.ts';
import { toQuestionGapRow, type QuestionGapRaw } from '../rows/question-gaps.ts';
import { reportTickets } from './report-tickets.ts';
import type { Sql } from './sql.ts';

interface FactRaw {
  id: string;
  created_at: string;
  visitor_id: string;
  status: ConversationStatus;
  department_id: string | null;
  agent_id: string | null;
  handoff_requested_at: string | null;
  assigned_at: string | null;
  first_reply_at: string | null;
  closed_at: string | null;
  close_type: CloseType | null;
  rating: Rating | null;
  rating_comment: string | null;
  rated_at: string | null;
  visitor_messages: number;
}

/** `fresh`: the visitors first seen in the same range. */
const toFact = (r: FactRaw, fresh: ReadonlySet<string>): ConversationFact => ({
  id: r.id,
  createdAt: r.created_at,
  visitorId: r.visitor_id,
  newVisitor: fresh.has(r.visitor_id),
  status: r.status,
  departmentId: r.department_id,
  agentId: r.agent_id,
  handoffRequestedAt: r.handoff_requested_at,
  assignedAt: r.assigned_at,
  firstReplyAt: r.first_reply_at,
  closedAt: r.closed_at,
  closeType: r.close_type,
  rating: r.rating,
  ratingComment: r.rating_comment,
  ratedAt: r.rated_at,
  visitorMessages: r.visitor_messages,
});

const bounds = (range: TimeRange) => [range.from, range.to];

/** Per-key counts, keys in byte order as SQLite's GROUP BY gave them. */
async function counts(db: Sql, text: string, range: TimeRange) {
  return db.all<{ key: string; n: number }>(text, bounds(range));
}

export function reportRepository(db: Sql): ReportRepository {
  const tickets = reportTickets(db);
  return {
    async conversations(range) {
      // Looked up apart rather than joined: one index range instead of a seek per conversation.
      const visitors = await db.all<{ id: string }>(
        'SELECT id FROM visitors WHERE created_at >= $1 AND created_at < $2',
        bounds(range),
      );
      const fresh = new Set(visitors.map((v) => v.id));
      // rowid: SQLite's index gave same-millisecond conversations in insertion order.
      const rows = await db.all<FactRaw>(
        `SELECT id, created_at, visitor_id, status, department_id, agent_id, handoff_requested_at,
           assigned_at, first_reply_at, closed_at, close_type, rating, rating_comment, rated_at,
           visitor_messages
         FROM conversations WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, rowid`,
        bounds(range),
      );
      return rows.map((r) => toFact(r, fresh));
    },
    async agentMessages(range) {
      const rows = await counts(
        db,
        `SELECT agent_id AS key, COUNT(*) AS n FROM messages
         WHERE agent_id IS NOT NULL AND created_at >= $1 AND created_at < $2
         GROUP BY agent_id ORDER BY agent_id COLLATE "C"`,
        range,
      );
      return new Map(rows.map((r) => [r.key, r.n]));
    },
    async faqUse(range) {
      const out = new Map<string, FaqUseFact>();
      const of = (faqId: string): FaqUseFact => {
        let fact = out.get(faqId);
        if (!fact) {
          fact = { faqId, hits: 0, helpful: 0, unhelpful: 0, handoffsAfter: 0 };
          out.set(faqId, fact);
        }
        return fact;
      };
      const hits = await counts(
        db,
        `SELECT faq_id AS key, COUNT(*) AS n FROM messages
         WHERE kind = 'answer' AND faq_id IS NOT NULL AND created_at >= $1 AND created_at < $2
         GROUP BY faq_id ORDER BY faq_id COLLATE "C"`,
        range,
      );
      for (const r of hits) of(r.key).hits = r.n;
      const votes = await db.all<{ faq_id: string; helpful: number; unhelpful: number }>(
        `SELECT faq_id, SUM(helpful) AS helpful, SUM(1 - helpful) AS unhelpful
         FROM faq_feedback WHERE created_at >= $1 AND created_at < $2
         GROUP BY faq_id ORDER BY faq_id COLLATE "C"`,
        bounds(range),
      );
      for (const r of votes) {
        const fact = of(r.faq_id);
        fact.helpful = r.helpful;
        fact.unhelpful = r.unhelpful;
      }
      const handoffs = await counts(
        db,
        `SELECT faq_id AS key, COUNT(*) AS n FROM conversation_events
         WHERE at >= $1 AND at < $2 AND kind = 'queued' AND faq_id IS NOT NULL
         GROUP BY faq_id ORDER BY faq_id COLLATE "C"`,
        range,
      );
      for (const r of handoffs) of(r.key).handoffsAfter = r.n;
      return [...out.values()];
    },
    async questionGaps(range, limit) {
      const rows = await db.all<QuestionGapRaw>(
        `SELECT * FROM question_gaps WHERE at >= $1 AND at < $2
         ORDER BY at DESC, id COLLATE "C" LIMIT $3`,
        [range.from, range.to, limit],
      );
      return rows.map(toQuestionGapRow);
    },
    async countLeftMessages(range) {
      const row = await db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM left_messages WHERE created_at >= $1 AND created_at < $2',
        bounds(range),
      );
      return row?.n ?? 0;
    },
    async tickets(range) {
      return tickets(range);
    },
  };
}

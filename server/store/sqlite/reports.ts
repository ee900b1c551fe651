import type { Database } from 'better-sqlite3';
import type { CloseType, ConversationStatus, Rating } from '../../../protocol/index.ts';
import type { ConversationFact, FaqUseFact, ReportRepository } from '../types.ts';
import { toQuestionGapRow, type QuestionGapRaw } from '../rows/question-gaps.ts';
import { reportTickets } from './report-tickets.ts';

/** A conversation fact as an array: a month holds tens of thousands, and arrays read fastest. */
type FactRaw = [
  id: string,
  createdAt: string,
  visitorId: string,
  status: ConversationStatus,
  departmentId: string | null,
  agentId: string | null,
  handoffRequestedAt: string | null,
  assignedAt: string | null,
  firstReplyAt: string | null,
  closedAt: string | null,
  closeType: CloseType | null,
  rating: Rating | null,
  ratingComment: string | null,
  ratedAt: string | null,
  visitorMessages: number,
];

/** `fresh`: the visitors first seen in the same range. */
const toFact = (r: FactRaw, fresh: ReadonlySet<string>): ConversationFact => ({
  id: r[0],
  createdAt: r[1],
  visitorId: r[2],
  newVisitor: fresh.has(r[2]),
  status: r[3],
  departmentId: r[4],
  agentId: r[5],
  handoffRequestedAt: r[6],
  assignedAt: r[7],
  firstReplyAt: r[8],
  closedAt: r[9],
  closeType: r[10],
  rating: r[11],
  ratingComment: r[12],
  ratedAt: r[13],
  visitorMessages: r[14],
});

interface Range {
  from: string;
  to: string;
}

export function reportRepository(db: Database): ReportRepository {
  const conversations = db
    .prepare<[Range], FactRaw>(
      `SELECT id, created_at, visitor_id, status, department_id, agent_id, handoff_requested_at,
         assigned_at, first_reply_at, closed_at, close_type, rating, rating_comment, rated_at,
         visitor_messages
       FROM conversations WHERE created_at >= @from AND created_at < @to ORDER BY created_at`,
    )
    .raw();
  // Looked up apart rather than joined: one index range instead of a seek per conversation.
  const newVisitors = db
    .prepare<[Range], string>(
      'SELECT id FROM visitors WHERE created_at >= @from AND created_at < @to',
    )
    .pluck();
  // The partial indexes of 008 hold exactly these rows, ordered by time: range scans only.
  const agentMessages = db.prepare<[Range], { agent_id: string; n: number }>(
    `SELECT agent_id, COUNT(*) AS n FROM messages
     WHERE agent_id IS NOT NULL AND created_at >= @from AND created_at < @to
     GROUP BY agent_id`,
  );
  const hits = db.prepare<[Range], { faq_id: string; n: number }>(
    `SELECT faq_id, COUNT(*) AS n FROM messages
     WHERE kind = 'answer' AND faq_id IS NOT NULL AND created_at >= @from AND created_at < @to
     GROUP BY faq_id`,
  );
  const votes = db.prepare<[Range], { faq_id: string; helpful: number; unhelpful: number }>(
    `SELECT faq_id, SUM(helpful) AS helpful, SUM(1 - helpful) AS unhelpful
     FROM faq_feedback WHERE created_at >= @from AND created_at < @to
     GROUP BY faq_id`,
  );
  const handoffs = db.prepare<[Range], { faq_id: string; n: number }>(
    `SELECT faq_id, COUNT(*) AS n FROM conversation_events
     WHERE at >= @from AND at < @to AND kind = 'queued' AND faq_id IS NOT NULL
     GROUP BY faq_id`,
  );
  const gaps = db.prepare<[Range & { limit: number }], QuestionGapRaw>(
    `SELECT * FROM question_gaps WHERE at >= @from AND at < @to ORDER BY at DESC, id LIMIT @limit`,
  );
  const leftMessages = db
    .prepare<[Range], number>(
      'SELECT COUNT(*) FROM left_messages WHERE created_at >= @from AND created_at < @to',
    )
    .pluck();
  const tickets = reportTickets(db);

  return {
    async conversations(range) {
      const fresh = new Set(newVisitors.all(range));
      return conversations.all(range).map((r) => toFact(r, fresh));
    },
    async agentMessages(range) {
      const out = new Map<string, number>();
      for (const r of agentMessages.all(range)) out.set(r.agent_id, r.n);
      return out;
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
      for (const r of hits.all(range)) of(r.faq_id).hits = r.n;
      for (const r of votes.all(range)) {
        const fact = of(r.faq_id);
        fact.helpful = r.helpful;
        fact.unhelpful = r.unhelpful;
      }
      for (const r of handoffs.all(range)) of(r.faq_id).handoffsAfter = r.n;
      return [...out.values()];
    },
    async questionGaps(range, limit) {
      return gaps.all({ ...range, limit }).map(toQuestionGapRow);
    },
    async countLeftMessages(range) {
      return leftMessages.get(range) ?? 0;
    },
    async tickets(range) {
      return tickets(range);
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { FaqListFilter, FaqStatsRow } from '../types.ts';
import type { FaqEntryRaw } from '../rows/faq-entries.ts';
import { toFaqStats, type FaqCountRaw, type FaqFeedbackRaw } from '../rows/faq-stats.ts';
import { containsPattern } from '../like.ts';

/** Times the bot answered with the entry: its answers carry the entry's id. */
const HITS = `(SELECT COUNT(*) FROM messages m
  WHERE m.faq_id = f.id AND m.author = 'bot' AND m.kind = 'answer')`;
const HELPFUL = '(SELECT COUNT(*) FROM faq_feedback v WHERE v.faq_id = f.id AND v.helpful = 1)';

/** A null parameter leaves its condition out. Similar questions and keywords match one by one. */
const WHERE = `f.deleted_at IS NULL
  AND (@q IS NULL
    OR f.question LIKE @q ESCAPE '\\'
    OR f.answer LIKE @q ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM json_each(f.similar) s WHERE s.value LIKE @q ESCAPE '\\')
    OR EXISTS (SELECT 1 FROM json_each(f.keywords) k WHERE k.value LIKE @q ESCAPE '\\'))
  AND (@category IS NULL OR f.category = @category)
  AND (@department IS NULL OR f.department = @department)
  AND (@status IS NULL OR f.status = @status)`;

interface WhereParams {
  q: string | null;
  category: string | null;
  department: string | null;
  status: string | null;
}

/** The admin list: one page of matching entries and how many match in all. */
export function faqListQuery(db: Database) {
  const count = db
    .prepare<[WhereParams], number>(`SELECT COUNT(*) FROM faq_entries f WHERE ${WHERE}`)
    .pluck();
  const page = (order: string) =>
    db.prepare<[WhereParams & { limit: number; offset: number }], FaqEntryRaw>(
      `SELECT f.* FROM faq_entries f WHERE ${WHERE} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    );
  const pages = {
    updated: page('f.updated_at DESC, f.id'),
    hits: page(`${HITS} DESC, f.updated_at DESC, f.id`),
    helpful: page(`${HELPFUL} DESC, f.updated_at DESC, f.id`),
  } satisfies Record<FaqListFilter['sort'], unknown>;
  return (filter: FaqListFilter): { raws: FaqEntryRaw[]; total: number } => {
    const params: WhereParams = {
      q: filter.q ? containsPattern(filter.q) : null,
      category: filter.category ?? null,
      department: filter.department ?? null,
      status: filter.status ?? null,
    };
    const raws = pages[filter.sort].all({ ...params, limit: filter.limit, offset: filter.offset });
    return { raws, total: count.get(params) ?? 0 };
  };
}

/** Hits, votes and handoffs per entry; the ids go in as one JSON array. */
export function faqStatsQuery(db: Database) {
  const hits = db.prepare<[string], FaqCountRaw>(
    `SELECT faq_id, COUNT(*) AS n FROM messages
     WHERE faq_id IN (SELECT value FROM json_each(?)) AND author = 'bot' AND kind = 'answer'
     GROUP BY faq_id`,
  );
  const votes = db.prepare<[string], FaqFeedbackRaw>(
    `SELECT faq_id, SUM(helpful) AS helpful, SUM(1 - helpful) AS unhelpful FROM faq_feedback
     WHERE faq_id IN (SELECT value FROM json_each(?)) GROUP BY faq_id`,
  );
  const handoffs = db.prepare<[string], FaqCountRaw>(
    `SELECT faq_id, COUNT(*) AS n FROM conversation_events
     WHERE faq_id IN (SELECT value FROM json_each(?)) AND kind = 'queued'
     GROUP BY faq_id`,
  );
  return (ids: string[]): Map<string, FaqStatsRow> => {
    if (ids.length === 0) return new Map();
    const json = JSON.stringify(ids);
    return toFaqStats(hits.all(json), votes.all(json), handoffs.all(json));
  };
}

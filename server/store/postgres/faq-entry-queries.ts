import type { FaqListFilter, FaqStatsRow } from '../types.ts';
import { containsPattern } from '../like.ts';
import type { FaqEntryRaw } from '../rows/faq-entries.ts';
import { toFaqStats, type FaqCountRaw, type FaqFeedbackRaw } from '../rows/faq-stats.ts';
import type { Param, Sql } from './sql.ts';

/** Times the bot answered with the entry: its answers carry the entry's id. */
const HITS = `(SELECT COUNT(*) FROM messages m
  WHERE m.faq_id = f.id AND m.author = 'bot' AND m.kind = 'answer')`;
const HELPFUL = '(SELECT COUNT(*) FROM faq_feedback v WHERE v.faq_id = f.id AND v.helpful = 1)';

/**
 * $1 pattern, $2 category, $3 department, $4 status: a null parameter leaves its condition
 * out. Similar questions and keywords match one by one. ILIKE: SQLite's LIKE ignores case.
 */
const WHERE = `f.deleted_at IS NULL
  AND ($1::text IS NULL
    OR f.question ILIKE $1 ESCAPE '\\'
    OR f.answer ILIKE $1 ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(f."similar"::jsonb) s (value)
      WHERE s.value ILIKE $1 ESCAPE '\\')
    OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(f.keywords::jsonb) k (value)
      WHERE k.value ILIKE $1 ESCAPE '\\'))
  AND ($2::text IS NULL OR f.category = $2)
  AND ($3::text IS NULL OR f.department = $3)
  AND ($4::text IS NULL OR f.status = $4)`;

/** COLLATE "C": ties fall to the id in SQLite's byte order, whatever the database's collation. */
const ORDER = {
  updated: 'f.updated_at DESC, f.id COLLATE "C"',
  hits: `${HITS} DESC, f.updated_at DESC, f.id COLLATE "C"`,
  helpful: `${HELPFUL} DESC, f.updated_at DESC, f.id COLLATE "C"`,
} satisfies Record<FaqListFilter['sort'], string>;

/** The admin list: one page of matching entries and how many match in all. */
export function faqListQuery(db: Sql) {
  return async (filter: FaqListFilter): Promise<{ raws: FaqEntryRaw[]; total: number }> => {
    const params: Param[] = [
      filter.q ? containsPattern(filter.q) : null,
      filter.category ?? null,
      filter.department ?? null,
      filter.status ?? null,
    ];
    const [raws, count] = await Promise.all([
      db.all<FaqEntryRaw>(
        `SELECT f.* FROM faq_entries f WHERE ${WHERE}
         ORDER BY ${ORDER[filter.sort]} LIMIT $5 OFFSET $6`,
        [...params, filter.limit, filter.offset],
      ),
      db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM faq_entries f WHERE ${WHERE}`, params),
    ]);
    return { raws, total: count?.n ?? 0 };
  };
}

/** Hits, votes and handoffs per entry; the ids go in as one text[] parameter. */
export function faqStatsQuery(db: Sql) {
  return async (ids: string[]): Promise<Map<string, FaqStatsRow>> => {
    if (ids.length === 0) return new Map();
    const [hits, votes, handoffs] = await Promise.all([
      db.all<FaqCountRaw>(
        `SELECT faq_id, COUNT(*) AS n FROM messages
         WHERE faq_id = ANY($1::text[]) AND author = 'bot' AND kind = 'answer'
         GROUP BY faq_id`,
        [ids],
      ),
      db.all<FaqFeedbackRaw>(
        `SELECT faq_id, SUM(helpful) AS helpful, SUM(1 - helpful) AS unhelpful FROM faq_feedback
         WHERE faq_id = ANY($1::text[]) GROUP BY faq_id`,
        [ids],
      ),
      db.all<FaqCountRaw>(
        `SELECT faq_id, COUNT(*) AS n FROM conversation_events
         WHERE faq_id = ANY($1::text[]) AND kind = 'queued'
         GROUP BY faq_id`,
        [ids],
      ),
    ]);
    return toFaqStats(hits, votes, handoffs);
  };
}

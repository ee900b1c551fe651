import type { TranscriptFilter, TranscriptRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { binder, filterConditions, textQuery, type Binder } from './transcript-filter.ts';
import { transcriptIndexer } from './transcript-index.ts';
import type { Found } from '../rows/transcripts.ts';
import { transcriptRecords } from './transcript-records.ts';

/** Conversations an export reads per statement. */
const CHUNK = 500;

const where = (conditions: string[]) =>
  conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';

/**
 * Transcript search. Without text, conversations are read newest first along
 * conversations_created. With text, the GIN index on message_search finds the matching messages;
 * each conversation is found through its newest one (highest message rowid, as SQLite's FTS5
 * order gave), and conversations come newest match first. The count stops at the cap.
 */
export function transcriptRepository(db: Sql): TranscriptRepository {
  const records = transcriptRecords(db);
  const indexNext = transcriptIndexer(db);

  /** The FROM and WHERE of a text search bound to `b`, or null when nothing can match. */
  function textFrom(filter: TranscriptFilter, b: Binder): string | null {
    const query = textQuery(filter.text ?? []);
    if (query === null) return null;
    const conditions = [`s.terms @@ ${b.bind(query)}::tsquery`, ...filterConditions(filter, b)];
    const join = conditions.length > 1 ? 'JOIN conversations c ON c.rowid = s.conversation' : '';
    return `FROM message_search s ${join} ${where(conditions)}`;
  }

  /**
   * Matching conversations newest match first, each with its newest matching message; only
   * those whose newest match is below `before`, when given (an export's next chunk).
   */
  async function textPage(
    filter: TranscriptFilter,
    offset: number,
    limit: number,
    before: number | null,
  ): Promise<Found[]> {
    const b = binder();
    const from = textFrom(filter, b);
    if (from === null) return [];
    const having = before === null ? '' : `HAVING MAX(s.message_rowid) < ${b.bind(before)}`;
    return db.all<Found>(
      `SELECT s.conversation, MAX(s.message_rowid) AS hit ${from}
       GROUP BY s.conversation ${having}
       ORDER BY hit DESC LIMIT ${b.bind(limit)} OFFSET ${b.bind(offset)}`,
      b.values,
    );
  }

  async function countText(filter: TranscriptFilter, cap: number): Promise<number> {
    const b = binder();
    const from = textFrom(filter, b);
    if (from === null) return 0;
    const row = await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (SELECT DISTINCT s.conversation ${from} LIMIT ${b.bind(cap)}) d`,
      b.values,
    );
    return row?.n ?? 0;
  }

  /** Conversations without text, newest first, after the keyset `after` if given. */
  async function newest(
    filter: TranscriptFilter,
    limit: number,
    offset: number,
    after: { at: string; rowid: number } | null,
  ): Promise<{ at: string; rowid: number }[]> {
    const b = binder();
    const conditions = filterConditions(filter, b);
    if (after) {
      const at = b.bind(after.at);
      conditions.push(
        `(c.created_at < ${at} OR (c.created_at = ${at} AND c.rowid < ${b.bind(after.rowid)}))`,
      );
    }
    return db.all<{ at: string; rowid: number }>(
      `SELECT c.created_at AS at, c.rowid FROM conversations c ${where(conditions)}
       ORDER BY c.created_at DESC, c.rowid DESC LIMIT ${b.bind(limit)} OFFSET ${b.bind(offset)}`,
      b.values,
    );
  }

  async function countWithout(filter: TranscriptFilter, cap: number): Promise<number> {
    const b = binder();
    const conditions = filterConditions(filter, b);
    const row = await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM
         (SELECT 1 FROM conversations c ${where(conditions)} LIMIT ${b.bind(cap)}) d`,
      b.values,
    );
    return row?.n ?? 0;
  }

  async function* eachText(filter: TranscriptFilter, max: number) {
    let before: number | null = null;
    for (let left = max; left > 0;) {
      const chunk = await textPage(filter, 0, Math.min(CHUNK, left), before);
      const last = chunk.at(-1);
      if (!last) return;
      // Every conversation with a newer match than the chunk's last one was read already.
      before = last.hit;
      left -= chunk.length;
      yield* await records(chunk);
    }
  }

  async function* eachNewest(filter: TranscriptFilter, max: number) {
    let after: { at: string; rowid: number } | null = null;
    for (let left = max; left > 0;) {
      const chunk = await newest(filter, Math.min(CHUNK, left), 0, after);
      const last = chunk.at(-1);
      if (!last) return;
      after = last;
      left -= chunk.length;
      yield* await records(chunk.map((r) => ({ conversation: r.rowid, hit: null })));
    }
  }

  return {
    indexNext(limit, termsOf) {
      return indexNext(limit, termsOf);
    },

    async search(filter, { offset, limit }, countCap) {
      const [page, counted] = filter.text
        ? await Promise.all([
            textPage(filter, offset, limit, null),
            countText(filter, countCap + 1),
          ])
        : await Promise.all([
            newest(filter, limit, offset, null).then((rows) =>
              rows.map((r): Found => ({ conversation: r.rowid, hit: null })),
            ),
            countWithout(filter, countCap + 1),
          ]);
      return {
        records: await records(page),
        total: Math.min(counted, countCap),
        capped: counted > countCap,
      };
    },

    each(filter, max) {
      return filter.text ? eachText(filter, max) : eachNewest(filter, max);
    },
  };
}

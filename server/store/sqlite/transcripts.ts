import type { Database, Statement } from 'better-sqlite3';
import type { TranscriptFilter, TranscriptRepository } from '../types.ts';
import { filterSql, matchExpression } from './transcript-filter.ts';
import { transcriptIndexer } from './transcript-index.ts';
import type { Found } from '../rows/transcripts.ts';
import { transcriptRecords } from './transcript-records.ts';

/** Conversations an export reads per statement: the event loop gets a turn between chunks. */
const CHUNK = 500;
/** A date range of up to this many conversations is turned into bounds on message rowids. */
const BOUNDED_RANGE = 10_000;

type Params = Record<string, string | number>;
type Clause = { sql: string; distinct: string; params: Params };

const where = (conditions: string[]) =>
  conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';

/**
 * Transcript search. Without text, conversations are read newest first along
 * conversations_created. With text, FTS5 hands out matching messages newest first (rowid DESC,
 * its cheap order) with their conversation, so a page stops reading once it is full, and the
 * count (in SQL, DISTINCT with a LIMIT) stops at the cap: neither reads every match of a common
 * word. A narrow date range also bounds the message rowids FTS5 reads.
 */
export function transcriptRepository(db: Database): TranscriptRepository {
  const statements = new Map<string, Statement>();
  // A filter's shape (which fields are set) decides the SQL; there are few shapes.
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const records = transcriptRecords(db);
  const indexNext = transcriptIndexer(db);

  /**
   * The message rowids a date range's conversations span (a conversation's first and last
   * message bound its own), or null when the range is wide enough not to be worth it.
   */
  function rangeBounds(filter: TranscriptFilter): { low: number; high: number } | 'none' | null {
    if (!filter.startedFrom && !filter.startedBefore) return null;
    const { conditions, params } = filterSql({
      visibleTo: null,
      text: null,
      ...(filter.startedFrom && { startedFrom: filter.startedFrom }),
      ...(filter.startedBefore && { startedBefore: filter.startedBefore }),
    });
    const inRange = prepared(
      `SELECT COUNT(*) FROM (SELECT 1 FROM conversations c ${where(conditions)} LIMIT @cap)`,
    )
      .pluck()
      .get({ ...params, cap: BOUNDED_RANGE + 1 }) as number;
    if (inRange === 0) return 'none';
    if (inRange > BOUNDED_RANGE) return null;
    const bounds = prepared(
      `SELECT MIN(f.rowid) AS low, MAX(l.rowid) AS high FROM conversations c
       JOIN messages f ON f.conversation_id = c.id AND f.seq = 1
       JOIN messages l ON l.conversation_id = c.id AND l.seq = c.last_seq
       ${where(conditions)}`,
    ).get(params) as { low: number | null; high: number | null };
    return bounds.low === null || bounds.high === null
      ? 'none'
      : { low: bounds.low, high: bounds.high };
  }

  /** The FROM and WHERE of a text search, or null when nothing can match. */
  function textClause(filter: TranscriptFilter, before: number | null): Clause | null {
    const bounds = rangeBounds(filter);
    if (bounds === 'none') return null;
    const { conditions, params } = filterSql(filter);
    const own = ['message_search MATCH @match'];
    const all: Params = { ...params, match: matchExpression(filter.text ?? []) };
    if (bounds) {
      own.push('s.rowid BETWEEN @low AND @high');
      Object.assign(all, bounds);
    }
    if (before !== null) {
      own.push('s.rowid < @before');
      all.before = before;
    }
    const join = conditions.length > 0 ? 'JOIN conversations c ON c.rowid = s.conversation' : '';
    return {
      sql: `FROM message_search s ${join} ${where([...own, ...conditions])}`,
      params: all,
      // For the count: each conversation's hits made distinct first, then its row read once.
      distinct:
        conditions.length > 0
          ? `FROM (SELECT DISTINCT s.conversation FROM message_search s ${where(own)}) s
             JOIN conversations c ON c.rowid = s.conversation ${where(conditions)}`
          : `FROM (SELECT DISTINCT s.conversation FROM message_search s ${where(own)}) s`,
    };
  }

  /** Matching messages newest first, each a [message rowid, conversation rowid]. */
  function hits(clause: Clause): Iterable<[number, number]> {
    const sql = `SELECT s.rowid, s.conversation ${clause.sql} ORDER BY s.rowid DESC`;
    return prepared(sql).raw().iterate(clause.params) as Iterable<[number, number]>;
  }

  function countText(clause: Clause, cap: number): number {
    const sql = `SELECT COUNT(*) FROM (SELECT 1 ${clause.distinct} LIMIT @cap)`;
    return prepared(sql)
      .pluck()
      .get({ ...clause.params, cap }) as number;
  }

  /** Conversations without text, newest first, after the keyset `after` if given. */
  function newest(
    filter: TranscriptFilter,
    limit: number,
    offset: number,
    after: { at: string; rowid: number } | null,
  ): { at: string; rowid: number }[] {
    const { conditions, params } = filterSql(filter);
    const keyset = after
      ? ['(c.created_at < @afterAt OR (c.created_at = @afterAt AND c.rowid < @afterRowid))']
      : [];
    const sql = `SELECT c.created_at AS at, c.rowid FROM conversations c
      ${where([...conditions, ...keyset])}
      ORDER BY c.created_at DESC, c.rowid DESC LIMIT @limit OFFSET @offset`;
    const all: Params = { ...params, limit, offset };
    if (after) Object.assign(all, { afterAt: after.at, afterRowid: after.rowid });
    return prepared(sql).all(all) as { at: string; rowid: number }[];
  }

  function countWithout(filter: TranscriptFilter, cap: number): number {
    const { conditions, params } = filterSql(filter);
    const sql = `SELECT COUNT(*) FROM (SELECT 1 FROM conversations c ${where(conditions)} LIMIT @cap)`;
    return prepared(sql)
      .pluck()
      .get({ ...params, cap }) as number;
  }

  /** Reads hits until `skip` + `take` conversations are found; returns the last `take`. */
  function textPage(clause: Clause, skip: number, take: number, seen: Set<number>): Found[] {
    const page: Found[] = [];
    for (const [hit, conversation] of hits(clause)) {
      if (seen.has(conversation)) continue;
      seen.add(conversation);
      if (seen.size > skip) page.push({ conversation, hit });
      if (page.length === take) break;
    }
    return page;
  }

  async function* eachText(filter: TranscriptFilter, max: number) {
    const seen = new Set<number>();
    let before: number | null = null;
    for (let left = max; left > 0;) {
      const clause = textClause(filter, before);
      const chunk = clause ? textPage(clause, seen.size, Math.min(CHUNK, left), seen) : [];
      const last = chunk.at(-1);
      if (!last) return;
      // Every hit above the chunk's last conversation's newest one belongs to a conversation seen.
      before = last.hit;
      left -= chunk.length;
      yield* records(chunk);
    }
  }

  async function* eachNewest(filter: TranscriptFilter, max: number) {
    let after: { at: string; rowid: number } | null = null;
    for (let left = max; left > 0;) {
      const chunk = newest(filter, Math.min(CHUNK, left), 0, after);
      const last = chunk.at(-1);
      if (!last) return;
      after = last;
      left -= chunk.length;
      yield* records(chunk.map((r) => ({ conversation: r.rowid, hit: null })));
    }
  }

  return {
    async indexNext(limit, termsOf) {
      return indexNext(limit, termsOf);
    },

    async search(filter, { offset, limit }, countCap) {
      let page: Found[];
      let counted: number;
      if (filter.text) {
        const clause = textClause(filter, null);
        page = clause ? textPage(clause, offset, limit, new Set()) : [];
        counted = clause ? countText(clause, countCap + 1) : 0;
      } else {
        page = newest(filter, limit, offset, null).map((r) => ({
          conversation: r.rowid,
          hit: null,
        }));
        counted = countWithout(filter, countCap + 1);
      }
      return {
        records: records(page),
        total: Math.min(counted, countCap),
        capped: counted > countCap,
      };
    },

    each(filter, max) {
      return filter.text ? eachText(filter, max) : eachNewest(filter, max);
    },
  };
}

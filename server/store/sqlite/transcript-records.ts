import type { Database } from 'better-sqlite3';
import type { TranscriptRecord } from '../types.ts';
import {
  toTranscriptRecord,
  type Found,
  type TranscriptMatchRaw,
  type TranscriptRaw,
} from '../rows/transcripts.ts';

/**
 * The list's columns for a handful of conversations at a time (a page, an export chunk): the
 * counts and firsts come from each conversation's own messages through the (conversation, seq)
 * index, so they cost the same at any database size.
 */
export function transcriptRecords(db: Database) {
  const rows = db.prepare<[string], TranscriptRaw>(
    `SELECT c.rowid, c.id, c.visitor_id, c.lang, c.status, c.created_at, c.closed_at, c.department_id,
       c.agent_id, a.name AS agent_name, c.handoff_requested_at, c.close_type, c.close_tags,
       c.close_summary, c.rating, c.rating_comment, c.last_seq, c.page_url,
       (SELECT created_at FROM messages WHERE conversation_id = c.id ORDER BY seq DESC LIMIT 1)
         AS last_at,
       (SELECT COUNT(*) FROM messages WHERE conversation_id = c.id AND author = 'visitor')
         AS visitor_messages,
       (SELECT body FROM messages WHERE conversation_id = c.id AND author = 'visitor'
         ORDER BY seq LIMIT 1) AS first_question
     FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id
     WHERE c.rowid IN (SELECT value FROM json_each(?))`,
  );
  const matches = db.prepare<[string], TranscriptMatchRaw>(
    `SELECT rowid AS hit, seq, author, body, created_at FROM messages
     WHERE rowid IN (SELECT value FROM json_each(?))`,
  );

  return (found: readonly Found[]): TranscriptRecord[] => {
    if (found.length === 0) return [];
    const keys = JSON.stringify(found.map((f) => f.conversation));
    const byRowid = new Map(rows.all(keys).map((r) => [r.rowid, r]));
    const hits = found.flatMap((f) => (f.hit === null ? [] : [f.hit]));
    const byHit = new Map(
      hits.length > 0 ? matches.all(JSON.stringify(hits)).map((m) => [m.hit, m]) : [],
    );
    return found.flatMap((f) => {
      const r = byRowid.get(f.conversation);
      if (!r) return [];
      const m = f.hit === null ? undefined : byHit.get(f.hit);
      return [toTranscriptRecord(r, m)];
    });
  };
}

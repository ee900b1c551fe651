import type { Database } from 'better-sqlite3';
import type { Author, CloseType, Language, Rating } from '../../../protocol/index.ts';
import type { ConversationStatus, TranscriptRecord } from '../types.ts';

interface Raw {
  rowid: number;
  id: string;
  visitor_id: string;
  lang: Language;
  status: ConversationStatus;
  created_at: string;
  closed_at: string | null;
  last_at: string | null;
  department_id: string | null;
  agent_id: string | null;
  agent_name: string | null;
  handoff_requested_at: string | null;
  close_type: CloseType | null;
  close_tags: string;
  close_summary: string | null;
  rating: Rating | null;
  rating_comment: string | null;
  last_seq: number;
  visitor_messages: number;
  first_question: string | null;
  page_url: string | null;
}

interface MatchRaw {
  hit: number;
  seq: number;
  author: Author;
  body: string;
  created_at: string;
}

/** A conversation found by a search: its rowid and, with text, its newest matching message's. */
export interface Found {
  conversation: number;
  hit: number | null;
}

/**
 * The list's columns for a handful of conversations at a time (a page, an export chunk): the
 * counts and firsts come from each conversation's own messages through the (conversation, seq)
 * index, so they cost the same at any database size.
 */
export function transcriptRecords(db: Database) {
  const rows = db.prepare<[string], Raw>(
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
  const matches = db.prepare<[string], MatchRaw>(
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
      return [
        {
          id: r.id,
          visitorId: r.visitor_id,
          lang: r.lang,
          status: r.status,
          createdAt: r.created_at,
          endedAt: r.closed_at ?? r.last_at ?? r.created_at,
          departmentId: r.department_id,
          agentId: r.agent_id,
          agentName: r.agent_name,
          handoffRequestedAt: r.handoff_requested_at,
          closeType: r.close_type,
          closeTags: JSON.parse(r.close_tags) as string[],
          closeSummary: r.close_summary,
          rating: r.rating,
          ratingComment: r.rating_comment,
          messages: r.last_seq,
          visitorMessages: r.visitor_messages,
          firstQuestion: r.first_question,
          pageUrl: r.page_url,
          match: m ? { seq: m.seq, author: m.author, body: m.body, createdAt: m.created_at } : null,
        },
      ];
    });
  };
}

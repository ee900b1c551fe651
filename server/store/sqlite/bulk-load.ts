import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BulkBatch, BulkLoader, StoredConversation } from '../types/bulk-load.ts';
import { DATABASE_FILE } from './open.ts';

/**
 * Loads recorded traffic (the demo and benchmark generator's) into `<dataDir>/kefu.sqlite`
 * through its own connection: prepared statements, few and large transactions, and a large
 * page cache. Ids are random, so every commit rewrites most pages of the id indexes: fewer
 * commits are what makes a million messages a matter of seconds. Open the store first (it runs
 * the migrations). Not for live chat: nothing here checks or decides anything.
 */
export function openSqliteBulkLoader(dataDir: string): BulkLoader {
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  // A half-written load is loaded again, not recovered: NORMAL keeps the file consistent, faster.
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const visitor = db.prepare(
    `INSERT INTO visitors (id, token_hash, lang, created_at, last_seen_at, user_agent, referrer)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const seen = db.prepare('UPDATE visitors SET last_seen_at = MAX(last_seen_at, ?) WHERE id = ?');
  const conversation = db.prepare(
    `INSERT INTO conversations (id, visitor_id, status, lang, last_seq, created_at, updated_at,
       handoff_requested_at, department_id, agent_id, queued_at, assigned_at, first_reply_at,
       transferred_at, closed_at, closed_by, close_type, close_tags, close_summary, rating,
       rating_comment, rated_at, agent_read_seq, visitor_messages)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const message = db.prepare(
    `INSERT INTO messages
       (id, conversation_id, seq, client_id, reply_to, author, kind, body, faq_id, payload,
        created_at, agent_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO conversation_events
       (conversation_id, kind, actor_agent_id, agent_id, department_id, note, at, faq_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const feedback = db.prepare(
    `INSERT INTO faq_feedback (message_id, faq_id, helpful, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const gap = db.prepare(
    `INSERT INTO question_gaps (id, message_id, conversation_id, text, lang, reason, faq_id, at,
       resolution, resolved_faq_id, resolved_by, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const note = db.prepare(
    `INSERT INTO conversation_notes (id, conversation_id, agent_id, client_id, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const leftMessage = db.prepare(
    `INSERT INTO left_messages (id, visitor_id, client_id, name, contact, body, lang,
       department_id, page_url, created_at, handled_at, handled_by, handled_note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const writeConversation = (s: StoredConversation) => {
    const c = s.conversation;
    conversation.run(
      c.id,
      c.visitorId,
      c.status,
      c.lang,
      c.lastSeq,
      c.createdAt,
      c.updatedAt,
      c.handoffRequestedAt,
      c.departmentId,
      c.agentId,
      c.queuedAt,
      c.assignedAt,
      c.firstReplyAt,
      c.transferredAt,
      c.closedAt,
      c.closedBy,
      c.closeType,
      JSON.stringify(c.closeTags),
      c.closeSummary,
      c.rating,
      c.ratingComment,
      c.ratedAt,
      c.agentReadSeq,
      s.messages.filter((m) => m.author === 'visitor').length,
    );
    for (const m of s.messages) {
      message.run(
        m.id,
        m.conversationId,
        m.seq,
        m.clientId,
        m.replyTo,
        m.author,
        m.kind,
        m.body,
        m.faqId,
        JSON.stringify(m.payload),
        m.createdAt,
        m.payload.agent?.id ?? null,
      );
    }
    for (const e of s.events) {
      event.run(
        e.conversationId,
        e.kind,
        e.actorAgentId,
        e.agentId,
        e.departmentId,
        e.note,
        e.at,
        e.faqId ?? null,
      );
    }
    for (const f of s.feedback) feedback.run(f.messageId, f.faqId, f.helpful ? 1 : 0, f.at, f.at);
    for (const g of s.gaps) {
      gap.run(
        g.id,
        g.messageId,
        g.conversationId,
        g.text,
        g.lang,
        g.reason,
        g.faqId,
        g.at,
        g.resolution,
        g.resolvedFaqId,
        g.resolvedBy,
        g.resolvedAt,
      );
    }
    for (const n of s.notes)
      note.run(n.id, n.conversationId, n.agentId, n.clientId, n.body, n.createdAt);
  };

  const write = (batch: BulkBatch) => {
    for (const v of batch.visitors) {
      visitor.run(v.id, v.tokenHash, v.lang, v.createdAt, v.lastSeenAt, v.userAgent, v.referrer);
    }
    for (const s of batch.conversations) writeConversation(s);
    for (const l of batch.leftMessages) {
      leftMessage.run(
        l.id,
        l.visitorId,
        l.clientId,
        l.name,
        l.contact,
        l.body,
        l.lang,
        l.departmentId,
        l.pageUrl,
        l.createdAt,
        l.handledAt,
        l.handledBy,
        l.handledNote,
      );
    }
    for (const s of batch.lastSeen) seen.run(s.at, s.visitorId);
  };
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');

  const count = db.prepare<[], number>('SELECT COUNT(*) FROM conversations').pluck();

  return {
    countConversations: async () => count.get() ?? 0,
    async load(batches, commitEvery) {
      let written = 0;
      begin.run();
      try {
        for (const batch of batches) {
          write(batch);
          for (const c of batch.conversations) written += c.messages.length;
          if (written >= commitEvery) {
            commit.run();
            begin.run();
            written = 0;
          }
        }
        commit.run();
      } catch (error) {
        if (db.inTransaction) rollback.run();
        throw error;
      }
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}

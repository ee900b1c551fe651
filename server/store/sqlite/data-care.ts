import type { Database } from 'better-sqlite3';
import type { DataCareRepository, Deleted, DeletedCounts } from '../types.ts';
import { noDeletions } from '../rows/data-care.ts';

/**
 * Deletes conversations with everything that hangs off them, children before parents so the
 * foreign keys hold at every statement. message_search (rowid = messages.rowid) loses the
 * messages' rows too: it has contentless_delete (migration 009).
 */
export function dataCareRepository(db: Database): DataCareRepository {
  const run = (sql: string) => {
    const statement = db.prepare<[string]>(sql);
    return (id: string) => statement.run(id).changes;
  };
  // Attachment bytes live outside the database under their message's id: the caller deletes them.
  const files = db
    .prepare<[string], string>(
      `SELECT id FROM messages WHERE conversation_id = ? AND kind = 'attachment'`,
    )
    .pluck();
  const perConversation = {
    search: run(
      'DELETE FROM message_search WHERE rowid IN (SELECT rowid FROM messages WHERE conversation_id = ?)',
    ),
    feedback: run(
      'DELETE FROM faq_feedback WHERE message_id IN (SELECT id FROM messages WHERE conversation_id = ?)',
    ),
    gaps: run('DELETE FROM question_gaps WHERE conversation_id = ?'),
    notes: run('DELETE FROM conversation_notes WHERE conversation_id = ?'),
    events: run('DELETE FROM conversation_events WHERE conversation_id = ?'),
    messages: run('DELETE FROM messages WHERE conversation_id = ?'),
    conversation: run('DELETE FROM conversations WHERE id = ?'),
  };
  const closedBefore = db
    .prepare<[string, number], string>(
      `SELECT id FROM conversations WHERE status = 'closed' AND closed_at < ?
       ORDER BY closed_at LIMIT ?`,
    )
    .pluck();
  // Nobody closes a chat that stayed with the bot: it ends when the visitor stops writing.
  const botIdleBefore = db
    .prepare<[string, number], string>(
      `SELECT id FROM conversations WHERE status = 'bot' AND updated_at < ?
       ORDER BY updated_at LIMIT ?`,
    )
    .pluck();
  const ofVisitor = db
    .prepare<[string], string>('SELECT id FROM conversations WHERE visitor_id = ?')
    .pluck();
  const visitorExists = db.prepare<[string], number>('SELECT 1 FROM visitors WHERE id = ?').pluck();
  const leftOfVisitor = run('DELETE FROM left_messages WHERE visitor_id = ?');
  // A privacy request reaches the 工单 about the visitor too: their name, contact and words.
  const ticketEventsOfVisitor = run(
    'DELETE FROM ticket_events WHERE ticket_id IN (SELECT id FROM tickets WHERE visitor_id = ?)',
  );
  // With the e-mails of replies still on their way to them: their address goes too.
  const mailOfVisitor = run(
    'DELETE FROM mail_outbox WHERE ticket_id IN (SELECT id FROM tickets WHERE visitor_id = ?)',
  );
  const ticketsOfVisitor = run('DELETE FROM tickets WHERE visitor_id = ?');
  // Their survey answers too; retention leaves answers alone (they name nobody and are statistics).
  const surveyResponsesOfVisitor = run('DELETE FROM survey_responses WHERE visitor_id = ?');
  const visitor = run('DELETE FROM visitors WHERE id = ?');
  // The browsers verified as the same customer: the person the request is about, on other devices.
  const mergedInto = db
    .prepare<[string], string>('SELECT id FROM visitors WHERE merged_into = ?')
    .pluck();
  const leftBefore = db.prepare<[string, number]>(
    `DELETE FROM left_messages WHERE id IN
       (SELECT id FROM left_messages WHERE created_at < ? ORDER BY created_at LIMIT ?)`,
  );
  const visitorPage = db
    .prepare<[string, number], string>('SELECT id FROM visitors WHERE id > ? ORDER BY id LIMIT ?')
    .pluck();
  const forgotten = db.prepare<[string, string]>(
    `DELETE FROM visitors WHERE id = ? AND last_seen_at < ?
       AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = visitors.id)
       AND NOT EXISTS (SELECT 1 FROM left_messages l WHERE l.visitor_id = visitors.id)`,
  );
  // A new message takes the highest rowid + 1: after the newest messages are deleted, that can
  // be at or below what the indexer has done, and it would never be indexed. Step back with it.
  const rewindSearch = db.prepare(
    `UPDATE search_progress SET last_rowid = (SELECT COALESCE(MAX(rowid), 0) FROM messages)
     WHERE name = 'messages' AND last_rowid > (SELECT COALESCE(MAX(rowid), 0) FROM messages)`,
  );

  function deleteConversations(ids: string[], counts: DeletedCounts): Deleted {
    const keys: string[] = [];
    for (const id of ids) {
      keys.push(...files.all(id));
      perConversation.search(id);
      counts.feedback += perConversation.feedback(id);
      counts.gaps += perConversation.gaps(id);
      counts.notes += perConversation.notes(id);
      counts.events += perConversation.events(id);
      counts.messages += perConversation.messages(id);
      counts.conversations += perConversation.conversation(id);
    }
    if (counts.messages > 0) rewindSearch.run();
    return { counts, files: keys };
  }

  const ended = db.transaction((before: string, limit: number) => {
    const ids = closedBefore.all(before, limit);
    if (ids.length < limit) ids.push(...botIdleBefore.all(before, limit - ids.length));
    return deleteConversations(ids, noDeletions());
  });
  const erase = db.transaction((visitorId: string): Deleted | null => {
    if (visitorExists.get(visitorId) === undefined) return null;
    const ids = [...mergedInto.all(visitorId), visitorId];
    const deleted = deleteConversations(
      ids.flatMap((id) => ofVisitor.all(id)),
      noDeletions(),
    );
    for (const id of ids) {
      ticketEventsOfVisitor(id);
      mailOfVisitor(id);
      deleted.counts.tickets += ticketsOfVisitor(id);
      deleted.counts.leftMessages += leftOfVisitor(id);
      surveyResponsesOfVisitor(id);
      deleted.counts.visitors += visitor(id);
    }
    return deleted;
  });
  const forget = db.transaction((before: string, afterId: string, limit: number) => {
    const ids = visitorPage.all(afterId, limit);
    let deleted = 0;
    for (const id of ids) deleted += forgotten.run(id, before).changes;
    return { deleted, lastId: ids.length < limit ? null : (ids.at(-1) ?? null) };
  });

  return {
    async deleteEndedBefore(before, limit) {
      return ended.immediate(before, limit);
    },
    async deleteLeftMessagesBefore(before, limit) {
      return leftBefore.run(before, limit).changes;
    },
    async deleteForgottenVisitors(before, page) {
      return forget.immediate(before, page.afterId, page.limit);
    },
    async eraseVisitor(visitorId) {
      return erase.immediate(visitorId);
    },
  };
}

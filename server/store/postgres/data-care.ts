import type { DataCareRepository, Deleted, DeletedCounts } from '../types.ts';
import type { Param, Sql } from './sql.ts';
import { noDeletions } from '../rows/data-care.ts';

/**
 * Deletes conversations with everything that hangs off them, children before parents so the
 * foreign keys hold at every statement. message_search rows go with their messages (ON DELETE
 * CASCADE). Unlike SQLite's search progress, the indexed flag needs no rewinding: a new message
 * is unindexed whatever rowid it gets.
 *
 * Runs READ COMMITTED after `lock` took the conversations: another node's message, note, event
 * or feedback for them either committed before (and the deletes below see it) or waits and then
 * finds its conversation gone. Under one snapshot the last DELETE would break the foreign key of
 * a row committed meanwhile instead.
 */
async function deleteConversations(
  sql: Sql,
  ids: string[],
  counts: DeletedCounts,
): Promise<Deleted> {
  if (ids.length === 0) return { counts, files: [] };
  const run = (text: string) => sql.run(text, [ids]);
  await lock(sql, 'messages', 'conversation_id', ids);
  // Attachment bytes live outside the database under their message's id: the caller deletes them.
  const files = await sql.all<{ id: string }>(
    `SELECT id FROM messages WHERE conversation_id = ANY ($1::text[]) AND kind = 'attachment'`,
    [ids],
  );
  counts.feedback += await run(
    `DELETE FROM faq_feedback
     WHERE message_id IN (SELECT id FROM messages WHERE conversation_id = ANY ($1::text[]))`,
  );
  counts.gaps += await run('DELETE FROM question_gaps WHERE conversation_id = ANY ($1::text[])');
  counts.notes += await run(
    'DELETE FROM conversation_notes WHERE conversation_id = ANY ($1::text[])',
  );
  counts.events += await run(
    'DELETE FROM conversation_events WHERE conversation_id = ANY ($1::text[])',
  );
  counts.messages += await run('DELETE FROM messages WHERE conversation_id = ANY ($1::text[])');
  counts.conversations += await run('DELETE FROM conversations WHERE id = ANY ($1::text[])');
  return { counts, files: files.map((f) => f.id) };
}

async function ids(sql: Sql, text: string, params: Param[]): Promise<string[]> {
  return (await sql.all<{ id: string }>(text, params)).map((r) => r.id);
}

/**
 * Takes the rows of `table` whose `column` is one of `values` for this transaction: a row
 * another transaction adds that refers to them waits until this one ends.
 */
async function lock(sql: Sql, table: string, column: string, values: string[]): Promise<string[]> {
  return ids(
    sql,
    `SELECT id FROM ${table} WHERE ${column} = ANY ($1::text[]) ORDER BY id FOR UPDATE`,
    [values],
  );
}

export function dataCareRepository(db: Sql): DataCareRepository {
  return {
    deleteEndedBefore(before, limit) {
      return db.tx(async (sql) => {
        const ended = await ids(
          sql,
          `SELECT id FROM conversations WHERE status = 'closed' AND closed_at < $1
           ORDER BY closed_at, rowid LIMIT $2 FOR UPDATE`,
          [before, limit],
        );
        if (ended.length < limit) {
          // Nobody closes a chat that stayed with the bot: it ends when the visitor stops writing.
          const idle = await ids(
            sql,
            `SELECT id FROM conversations WHERE status = 'bot' AND updated_at < $1
             ORDER BY updated_at, rowid LIMIT $2 FOR UPDATE`,
            [before, limit - ended.length],
          );
          ended.push(...idle);
        }
        return deleteConversations(sql, ended, noDeletions());
      }, 'read committed');
    },

    deleteLeftMessagesBefore(before, limit) {
      return db.run(
        `DELETE FROM left_messages WHERE id IN
           (SELECT id FROM left_messages WHERE created_at < $1 ORDER BY created_at LIMIT $2)`,
        [before, limit],
      );
    },

    deleteForgottenVisitors(before, page) {
      // Pages follow the database's collation for ids, so the primary key serves them; any
      // consistent order reaches every visitor once.
      return db.tx(async (sql) => {
        const visitors = await ids(
          sql,
          'SELECT id FROM visitors WHERE id > $1 ORDER BY id LIMIT $2',
          [page.afterId, page.limit],
        );
        const deleted = await sql.run(
          `DELETE FROM visitors WHERE id = ANY ($1::text[]) AND last_seen_at < $2
             AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = visitors.id)
             AND NOT EXISTS (SELECT 1 FROM left_messages l WHERE l.visitor_id = visitors.id)`,
          [visitors, before],
        );
        return {
          deleted,
          lastId: visitors.length < page.limit ? null : (visitors.at(-1) ?? null),
        };
      });
    },

    eraseVisitor(visitorId) {
      // READ COMMITTED under row locks, taken parents first: whatever another node adds for the
      // customer meanwhile either committed before (and is deleted too) or waits for this erase
      // and then finds the customer gone.
      return db.tx(async (sql) => {
        // The browsers verified as the same customer: the person the request is about, on other devices.
        const people = await ids(
          sql,
          'SELECT id FROM visitors WHERE id = $1 OR merged_into = $1 ORDER BY id FOR UPDATE',
          [visitorId],
        );
        if (!people.includes(visitorId)) return null;
        const conversations = await lock(sql, 'conversations', 'visitor_id', people);
        const deleted = await deleteConversations(sql, conversations, noDeletions());
        await lock(sql, 'tickets', 'visitor_id', people);
        const run = (text: string) => sql.run(text, [people]);
        // A privacy request reaches the 工单 about the visitor too: their name, contact and words,
        // with the e-mails of replies still on their way to them.
        await run(
          `DELETE FROM ticket_events
           WHERE ticket_id IN (SELECT id FROM tickets WHERE visitor_id = ANY ($1::text[]))`,
        );
        await run(
          `DELETE FROM mail_outbox
           WHERE ticket_id IN (SELECT id FROM tickets WHERE visitor_id = ANY ($1::text[]))`,
        );
        deleted.counts.tickets += await run(
          'DELETE FROM tickets WHERE visitor_id = ANY ($1::text[])',
        );
        deleted.counts.leftMessages += await run(
          'DELETE FROM left_messages WHERE visitor_id = ANY ($1::text[])',
        );
        // Their survey answers too; retention leaves answers alone (they name nobody and are statistics).
        await run('DELETE FROM survey_responses WHERE visitor_id = ANY ($1::text[])');
        deleted.counts.visitors += await run('DELETE FROM visitors WHERE id = ANY ($1::text[])');
        return deleted;
      }, 'read committed');
    },
  };
}

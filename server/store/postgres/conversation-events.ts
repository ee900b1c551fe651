import type { ConversationEventRow } from '../types.ts';
import type { Sql } from './sql.ts';
import { toConversationEventRow, type ConversationEventRaw } from '../rows/conversation-events.ts';

/** Logs an event; the conversation and message repositories call it inside their transactions. */
export async function insertEvent(sql: Sql, e: ConversationEventRow): Promise<void> {
  await sql.run(
    `INSERT INTO conversation_events
       (conversation_id, kind, actor_agent_id, agent_id, department_id, note, at, faq_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      e.conversationId,
      e.kind,
      e.actorAgentId,
      e.agentId,
      e.departmentId,
      e.note,
      e.at,
      e.faqId ?? null,
    ],
  );
}

/** The conversation's events, oldest first. */
export async function listEvents(
  sql: Sql,
  conversationId: string,
): Promise<ConversationEventRow[]> {
  const rows = await sql.all<ConversationEventRaw>(
    `SELECT conversation_id, kind, actor_agent_id, agent_id, department_id, note, at, faq_id
     FROM conversation_events WHERE conversation_id = $1 ORDER BY id`,
    [conversationId],
  );
  return rows.map(toConversationEventRow);
}

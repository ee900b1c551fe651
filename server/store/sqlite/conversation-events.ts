import type { Database } from 'better-sqlite3';
import type { ConversationEventRow } from '../types.ts';
import { toConversationEventRow, type ConversationEventRaw } from '../rows/conversation-events.ts';

/** The conversation_events log, shared by the conversation and message repositories' transactions. */
export function conversationEvents(db: Database) {
  const insert = db.prepare<[ConversationEventRaw]>(
    `INSERT INTO conversation_events (conversation_id, kind, actor_agent_id, agent_id, department_id, note, at, faq_id)
     VALUES (@conversation_id, @kind, @actor_agent_id, @agent_id, @department_id, @note, @at, @faq_id)`,
  );
  const list = db.prepare<[string], ConversationEventRaw>(
    `SELECT conversation_id, kind, actor_agent_id, agent_id, department_id, note, at, faq_id
     FROM conversation_events WHERE conversation_id = ? ORDER BY id`,
  );
  return {
    insert(e: ConversationEventRow): void {
      insert.run({
        conversation_id: e.conversationId,
        kind: e.kind,
        actor_agent_id: e.actorAgentId,
        agent_id: e.agentId,
        department_id: e.departmentId,
        note: e.note,
        at: e.at,
        faq_id: e.faqId ?? null,
      });
    },
    list(conversationId: string): ConversationEventRow[] {
      return list.all(conversationId).map(toConversationEventRow);
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { ConversationEventKind, ConversationEventRow } from '../types.ts';

interface Raw {
  conversation_id: string;
  kind: ConversationEventKind;
  actor_agent_id: string | null;
  agent_id: string | null;
  department_id: string | null;
  note: string | null;
  at: string;
  faq_id: string | null;
}

/** The conversation_events log, shared by the conversation and message repositories' transactions. */
export function conversationEvents(db: Database) {
  const insert = db.prepare<[Raw]>(
    `INSERT INTO conversation_events (conversation_id, kind, actor_agent_id, agent_id, department_id, note, at, faq_id)
     VALUES (@conversation_id, @kind, @actor_agent_id, @agent_id, @department_id, @note, @at, @faq_id)`,
  );
  const list = db.prepare<[string], Raw>(
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
      return list.all(conversationId).map((r) => ({
        conversationId: r.conversation_id,
        kind: r.kind,
        actorAgentId: r.actor_agent_id,
        agentId: r.agent_id,
        departmentId: r.department_id,
        note: r.note,
        at: r.at,
        faqId: r.faq_id,
      }));
    },
  };
}

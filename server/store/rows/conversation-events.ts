/** A conversation_events row as both engines hold it, and its mapper. */
import type { ConversationEventKind, ConversationEventRow } from '../types.ts';

export interface ConversationEventRaw {
  conversation_id: string;
  kind: ConversationEventKind;
  actor_agent_id: string | null;
  agent_id: string | null;
  department_id: string | null;
  note: string | null;
  at: string;
  faq_id: string | null;
}

export const toConversationEventRow = (r: ConversationEventRaw): ConversationEventRow => ({
  conversationId: r.conversation_id,
  kind: r.kind,
  actorAgentId: r.actor_agent_id,
  agentId: r.agent_id,
  departmentId: r.department_id,
  note: r.note,
  at: r.at,
  faqId: r.faq_id,
});

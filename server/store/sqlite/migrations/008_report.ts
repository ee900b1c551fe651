import type { Migration } from '../migrate.ts';

/**
 * The monthly analysis. Conversation figures go by when the conversation started (indexed in
 * 007); what happens inside conversations (answers, votes, handoffs after an answer, agent
 * messages, gaps, left messages) goes by when it happened, so each is a range scan of a small
 * index instead of a walk through a month of messages. Two things are kept as they are written,
 * at no extra write: the visitor's message count on the conversation row (the append updates
 * that row anyway) and the writing agent on the message row (it was only inside the payload).
 * The partial indexes hold answers and agent messages alone, not every message.
 */
export const report: Migration = {
  version: 8,
  name: 'report',
  sql: `
ALTER TABLE conversations ADD COLUMN visitor_messages INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET visitor_messages =
  (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = conversations.id AND m.author = 'visitor');
ALTER TABLE messages ADD COLUMN agent_id TEXT REFERENCES agents (id);
UPDATE messages SET agent_id = json_extract(payload, '$.agent.id') WHERE author = 'agent';
CREATE INDEX messages_agent_written ON messages (created_at, agent_id) WHERE agent_id IS NOT NULL;
CREATE INDEX messages_answers ON messages (created_at, faq_id) WHERE kind = 'answer' AND faq_id IS NOT NULL;
CREATE INDEX faq_feedback_created ON faq_feedback (created_at);
CREATE INDEX question_gaps_at ON question_gaps (at);
CREATE INDEX left_messages_created ON left_messages (created_at);
CREATE INDEX visitors_created ON visitors (created_at);
`,
};

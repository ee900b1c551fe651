import type { Migration } from '../migrate.ts';

/**
 * 知识缺口: visitor questions the bot did not settle (no answer, only suggestions, a 👎 on
 * its answer, a person asked for right after), logged once per message and reason, until an
 * admin turns them into an entry, adds them to one, or dismisses them. Same portable rules as 001.
 */
export const questionGaps: Migration = {
  version: 6,
  name: 'question_gaps',
  sql: `
CREATE TABLE question_gaps (
  id TEXT PRIMARY KEY,
  message_id TEXT NOT NULL REFERENCES messages (id),
  conversation_id TEXT NOT NULL REFERENCES conversations (id),
  text TEXT NOT NULL,
  lang TEXT NOT NULL,
  -- unanswered | unsure | unhelpful | handoff
  reason TEXT NOT NULL,
  faq_id TEXT,
  at TEXT NOT NULL,
  -- created | attached | dismissed; NULL while open.
  resolution TEXT,
  resolved_faq_id TEXT,
  resolved_by TEXT REFERENCES agents (id),
  resolved_at TEXT,
  UNIQUE (message_id, reason)
);
CREATE INDEX question_gaps_open ON question_gaps (at) WHERE resolution IS NULL;
`,
};

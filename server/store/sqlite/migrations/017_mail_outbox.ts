import type { Migration } from '../migrate.ts';

/**
 * The e-mails of public ticket replies on their way: a row from before the first try until the
 * outcome is in the ticket's timeline, so a restart resumes the sending and its retries instead
 * of dropping them. `message` is the whole e-mail as JSON; `attempt` the next try's number.
 */
export const mailOutbox: Migration = {
  version: 17,
  name: 'mail_outbox',
  sql: `
CREATE TABLE mail_outbox (
  id TEXT PRIMARY KEY,
  ticket_id TEXT NOT NULL,
  ref TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  message TEXT NOT NULL,
  reply_at TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  due_at TEXT NOT NULL
);
`,
};

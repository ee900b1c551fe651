import type { PgMigration } from '../migrate.ts';
import { AUDIT_AND_LOGIN_THROTTLE_SQL, PEOPLE_SQL } from './018_schema_accounts.ts';
import { CONVERSATION_RECORDS_SQL, CONVERSATIONS_SQL } from './018_schema_conversations.ts';
import { QUICK_REPLIES_AND_SETTINGS_SQL, SURVEYS_SQL } from './018_schema_desk.ts';
import { FAQ_SQL, QUESTION_GAPS_SQL } from './018_schema_knowledge.ts';
import { MAIL_OUTBOX_SQL, TICKETS_SQL } from './018_schema_tickets.ts';

/**
 * The whole schema SQLite reached through its migrations 001–018, as one PostgreSQL migration
 * numbered 18, so both engines number their migrations alike from 019 on.
 *
 * Timestamps stay ISO-8601 UTC text, as in SQLite: every repository compares, orders and
 * returns them the same way on both engines. `rowid` (an identity column) stands in for
 * SQLite's implicit rowid where queries order ties by insertion. Transcript search keeps the
 * terms knowledge/ makes in a tsvector (the 'simple' configuration: no stemming, the terms are
 * already what to match) instead of an FTS5 table.
 */
export const schema: PgMigration = {
  version: 18,
  name: 'schema',
  // The parts in the order the tables were created (a reference points back to a table already
  // there), each beginning and ending with a line break: applied databases ran exactly this SQL.
  sql: [
    PEOPLE_SQL,
    CONVERSATIONS_SQL,
    FAQ_SQL,
    CONVERSATION_RECORDS_SQL,
    QUICK_REPLIES_AND_SETTINGS_SQL,
    QUESTION_GAPS_SQL,
    AUDIT_AND_LOGIN_THROTTLE_SQL,
    TICKETS_SQL,
    SURVEYS_SQL,
    MAIL_OUTBOX_SQL,
  ].join(''),
};

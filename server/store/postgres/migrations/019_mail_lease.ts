import type { PgMigration } from '../migrate.ts';

/** As SQLite's 019: when the node working an outbox job lets go of it; NULL or past, it is free. */
export const mailLease: PgMigration = {
  version: 19,
  name: 'mail_lease',
  sql: `
ALTER TABLE mail_outbox ADD COLUMN leased_until text;
`,
};

import type { Migration } from '../migrate.ts';

/**
 * Several nodes share the outbox: `leased_until` is when the node working a job (sending it, or
 * waiting to retry it) lets go of it unless it renews; NULL or past, any node may take it.
 */
export const mailLease: Migration = {
  version: 19,
  name: 'mail_lease',
  sql: `
ALTER TABLE mail_outbox ADD COLUMN leased_until TEXT;
`,
};

import type { Migration } from '../migrate.ts';

/**
 * Verified identity and tier priority (portable SQL, as in 001). A visitor verified as the
 * site's user `external_id` is that customer's record: another browser verified with the same
 * id points at it with `merged_into` (a plain id, not a foreign key; erasing the customer erases
 * those browsers with it). `identity` holds the claims as JSON.
 * `priority` is set when a chat is queued: 1 for a tier the admin serves first.
 */
export const visitorIdentity: Migration = {
  version: 12,
  name: 'visitor_identity',
  sql: `
ALTER TABLE visitors ADD COLUMN external_id TEXT;
ALTER TABLE visitors ADD COLUMN identity TEXT;
ALTER TABLE visitors ADD COLUMN merged_into TEXT;
CREATE UNIQUE INDEX visitors_external ON visitors (external_id) WHERE external_id IS NOT NULL;
ALTER TABLE conversations ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
`,
};

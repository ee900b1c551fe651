import type { PgMigration } from '../migrate.ts';

/**
 * Attachment and photo bytes by key, so that every node reads what any node received without a
 * shared file system. SQLite's 020 leaves them in DATA_DIR.
 */
export const attachmentFiles: PgMigration = {
  version: 20,
  name: 'attachment_files',
  sql: `
CREATE TABLE attachment_files (
  key text PRIMARY KEY,
  bytes bytea NOT NULL
);
`,
};

import type { Migration } from '../migrate.ts';

/**
 * PostgreSQL's 020 keeps attachment bytes in the database for several nodes; one node on SQLite
 * keeps them in DATA_DIR/attachments, so nothing changes here. The number keeps both engines'
 * versions alike.
 */
export const attachmentFiles: Migration = {
  version: 20,
  name: 'attachment_files',
  sql: '',
};

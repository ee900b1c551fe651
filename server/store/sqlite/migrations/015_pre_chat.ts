import type { Migration } from '../migrate.ts';

/**
 * The visitor's answers to the pre-chat form, as JSON (portable SQL, as in 001). Kept apart from
 * `identity`, which every identify replaces whole: the answers are the visitor's own words and
 * are asked once. Erasing the visitor erases them with the row.
 */
export const preChat: Migration = {
  version: 15,
  name: 'pre_chat',
  sql: `
ALTER TABLE visitors ADD COLUMN pre_chat TEXT;
`,
};

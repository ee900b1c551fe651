import type { Migration } from '../migrate.ts';

/** Start-up looks for public replies not yet in the customer's chat: replies by time, at once. */
export const ticketReplies: Migration = {
  version: 18,
  name: 'ticket_replies',
  sql: `
CREATE INDEX ticket_events_reply_at ON ticket_events (at) WHERE kind = 'reply';
`,
};

import type { Migration } from '../migrate.ts';

/**
 * Agent presence. Every agent starts offline; status_changed_at stays NULL until the first
 * change. No CHECK list, as in 001: later issues may add statuses.
 */
export const agentStatus: Migration = {
  version: 3,
  name: 'agent_status',
  sql: `
ALTER TABLE agents ADD COLUMN status TEXT NOT NULL DEFAULT 'offline';
ALTER TABLE agents ADD COLUMN status_changed_at TEXT;
CREATE INDEX agents_status ON agents (status);
`,
};

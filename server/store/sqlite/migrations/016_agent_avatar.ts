import type { Migration } from '../migrate.ts';

/**
 * An agent's profile photo: the key of its bytes in the file store, new for every upload, so
 * the key doubles as the photo's version and tells visitors nothing about the agent.
 */
export const agentAvatar: Migration = {
  version: 16,
  name: 'agent_avatar',
  sql: `
ALTER TABLE agents ADD COLUMN avatar TEXT;
ALTER TABLE agents ADD COLUMN avatar_type TEXT;
CREATE UNIQUE INDEX agents_avatar ON agents (avatar);
`,
};

/** An agent_sessions row as both engines hold it, and its mapper. */
import type { AgentSessionRow } from '../types.ts';

export interface AgentSessionRaw {
  id: string;
  agent_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export const toAgentSessionRow = (r: AgentSessionRaw): AgentSessionRow => ({
  id: r.id,
  agentId: r.agent_id,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

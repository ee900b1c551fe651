import type { AckCallback } from './ack.ts';
import type { Language } from './language.ts';
import type { StatusSetInput } from './schemas/agent.ts';

export type Role = 'agent' | 'admin';

/** An agent or admin as the console sees them; never carries the password hash. */
export interface AgentProfile {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Department ids this agent serves. */
  departments: string[];
  /** Most chats this agent holds at once. */
  maxChats: number;
  lang: Language;
}

/** REST: POST /api/auth/login and GET /api/auth/me */
export interface AuthResult {
  agent: AgentProfile;
}

/** REST errors: `{ error: { code, message } }` with the HTTP status. */
export interface RestError {
  error: { code: string; message: string };
}

/** The /agent namespace (the console). Event names are `resource.verb`, listed once here. */
export const AGENT_NAMESPACE = '/agent';

/** online: takes chats; away: signed in, takes none; offline: no console tab open. */
export type AgentStatus = 'online' | 'away' | 'offline';

export interface StatusResult {
  status: AgentStatus;
}

export interface AgentToServer {
  'status.set': (input: StatusSetInput, ack: AckCallback<StatusResult>) => void;
}

export interface ServerToAgent {
  /** The agent's status changed (in another tab, or by connecting / leaving): every tab shows it. */
  'status.changed': (change: StatusResult) => void;
}

export interface AgentSocketData {
  agentId: string;
  role: Role;
}

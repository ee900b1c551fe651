import type { Language } from './language.ts';

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

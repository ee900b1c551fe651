/** An agents row as both engines hold it (disabled as 0/1), and its mapper. */
import type { Language, Role } from '../../../protocol/index.ts';
import type { AgentRow } from '../types.ts';

export interface AgentRaw {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  max_chats: number;
  lang: Language;
  disabled: number;
  created_at: string;
  updated_at: string;
  avatar?: string | null;
}

/** The agent with their departments, which each engine reads its own way. */
export const toAgentRow = (r: AgentRaw, departments: string[]): AgentRow => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  maxChats: r.max_chats,
  lang: r.lang,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  departments,
  avatar: r.avatar ?? null,
});

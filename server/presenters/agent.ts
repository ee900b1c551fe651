import type { AgentProfile } from '../../protocol/index.ts';
import type { AgentRow } from '../store/types.ts';

/** The only way an agent row reaches a client: field by field, so the password hash never does. */
export function presentAgent(row: AgentRow): AgentProfile {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departments: [...row.departments],
    maxChats: row.maxChats,
    lang: row.lang,
    avatar: row.avatar ?? null,
  };
}

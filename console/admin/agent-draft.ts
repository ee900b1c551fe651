import type { AgentAdmin } from '../../protocol/admin.ts';
import type { Role } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import type { AgentCreateInput, AgentUpdateInput } from '../../protocol/schemas/admin.ts';
import type { Failure } from '../rest.ts';
import type { AdminTextKey, AdminTexts } from './i18n.ts';
import { refusedPath, type FormProblem } from './refusal.ts';

/** The account form as typed: the limit stays text until it is sent. */
export interface AgentDraft {
  email: string;
  name: string;
  role: Role;
  departments: string[];
  maxChats: string;
  lang: Language;
  /** Only when adding; empty: the server makes one up. */
  password: string;
}

export type AgentField = 'email' | 'name' | 'role' | 'departments' | 'maxChats' | 'password';

export function emptyAgentDraft(department: string | undefined, lang: Language): AgentDraft {
  return {
    email: '',
    name: '',
    role: 'agent',
    departments: department ? [department] : [],
    maxChats: '5',
    lang,
    password: '',
  };
}

export function draftOf(agent: AgentAdmin): AgentDraft {
  const { email, name, role, departments, lang } = agent;
  return { email, name, role, departments, maxChats: String(agent.maxChats), lang, password: '' };
}

export function updateInput(draft: AgentDraft): AgentUpdateInput {
  const { email, name, role, departments, lang } = draft;
  // Not a number is sent as such: the server's refusal names the field.
  return { email: email.trim(), name, role, departments, maxChats: Number(draft.maxChats), lang };
}

export function createInput(draft: AgentDraft): AgentCreateInput {
  const input = updateInput(draft);
  return draft.password === '' ? input : { ...input, password: draft.password };
}

const MESSAGES: Record<Exclude<AgentField, 'role'>, AdminTextKey> = {
  email: 'emailInvalid',
  name: 'nameEmpty',
  departments: 'departmentsEmpty',
  maxChats: 'maxChatsInvalid',
  password: 'passwordShort',
};

/**
 * What went wrong, in the admin's language. A conflict is the last admin when the save took
 * an admin's role away (the server checks that first), else an e-mail another account has.
 */
export function agentProblem(
  tx: AdminTexts,
  failure: Failure,
  demoting: boolean,
): FormProblem<AgentField> {
  if (failure.problem === 'conflict') {
    return demoting
      ? { field: 'role', message: tx.lastAdmin }
      : { field: 'email', message: tx.emailTaken };
  }
  const field = refusedPath(failure)?.[0];
  if (field && field in MESSAGES) {
    const known = field as keyof typeof MESSAGES;
    return { field: known, message: tx[MESSAGES[known]] };
  }
  return { field: null, message: tx.problems[failure.problem] };
}

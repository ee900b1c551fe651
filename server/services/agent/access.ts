import type { AgentRow, ConversationRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** The signed-in agent as stored now: departments and limits may have changed since sign-in. */
export async function currentAgent(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
): Promise<AgentRow> {
  const agent = await deps.store.agents.get(agentId);
  if (!agent || agent.disabled) throw new ServiceError('unauthorized', 'Please sign in again.');
  return agent;
}

/** Whether the agent works the conversation's department (admins work them all). */
export function serves(agent: AgentRow, c: ConversationRow): boolean {
  return (
    agent.role === 'admin' ||
    (c.departmentId !== null && agent.departments.includes(c.departmentId))
  );
}

/** Whether the agent may see this conversation: theirs, waiting in their department, or any for an admin. */
export function canView(agent: AgentRow, c: ConversationRow): boolean {
  if (agent.role === 'admin' || c.agentId === agent.id) return true;
  return (
    c.status === 'queued' && c.departmentId !== null && agent.departments.includes(c.departmentId)
  );
}

/** A conversation the agent may look at; unknown and forbidden read alike, so ids cannot be probed. */
export async function viewable(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  conversationId: string,
): Promise<ConversationRow> {
  const c = await deps.store.conversations.get(conversationId);
  if (!c || !canView(agent, c)) throw new ServiceError('not_found', 'No such conversation.');
  return c;
}

/** A conversation this agent holds right now: only the holder writes to the visitor. */
export async function held(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  conversationId: string,
): Promise<ConversationRow> {
  const c = await deps.store.conversations.get(conversationId);
  if (c && c.status === 'active' && c.agentId === agent.id) return c;
  // Colleagues of the department (e.g. the agent who just transferred it) hear why.
  const serves =
    agent.role === 'admin' ||
    (c?.departmentId != null && agent.departments.includes(c.departmentId));
  if (!c || !serves) throw new ServiceError('not_found', 'No such conversation.');
  throw new ServiceError('forbidden', 'This chat is not yours (any more).');
}

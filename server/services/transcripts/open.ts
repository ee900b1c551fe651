import type { ConversationView } from '../../../protocol/index.ts';
import type { AgentRow, ConversationRow } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import { conversationView } from '../agent/open-view.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/**
 * A conversation whose transcript the agent may read: any for an admin, else one of their
 * departments' or one they ever held (also after transferring it), open or closed. Unknown
 * and forbidden read alike, so ids cannot be probed.
 */
export async function readableTranscript(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  conversationId: string,
): Promise<ConversationRow> {
  const c = await deps.store.conversations.get(conversationId);
  if (c && (await mayRead(deps, agent, c))) return c;
  throw new ServiceError('not_found', 'No such conversation.');
}

async function mayRead(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  c: ConversationRow,
): Promise<boolean> {
  if (agent.role === 'admin' || c.agentId === agent.id) return true;
  if (c.departmentId !== null && agent.departments.includes(c.departmentId)) return true;
  const events = await deps.store.conversations.listEvents(c.id);
  return events.some((e) => e.agentId === agent.id);
}

/** The transcript as the console's chat view shows it: messages, notes and the visitor panel. */
export async function openTranscript(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
  conversationId: string,
): Promise<ConversationView> {
  const agent = await currentAgent(deps, agentId);
  return conversationView(deps, await readableTranscript(deps, agent, conversationId));
}

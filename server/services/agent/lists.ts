import type { ConversationList } from '../../../protocol/index.ts';
import { summaryOf } from '../conversations/present.ts';
import type { ServiceDeps } from '../deps.ts';
import { currentAgent } from './access.ts';

/** The waiting line of the agent's departments; an admin sees every department's. */
export async function listQueue(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
): Promise<ConversationList> {
  const agent = await currentAgent(deps, agentId);
  const rows = await deps.store.conversations.listQueued(
    agent.role === 'admin' ? null : agent.departments,
  );
  return { conversations: await Promise.all(rows.map((r) => summaryOf(deps, r))) };
}

/** The chats the agent holds, with unread counts. */
export async function listChats(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
): Promise<ConversationList> {
  const rows = await deps.store.conversations.listActiveFor(agentId);
  return { conversations: await Promise.all(rows.map((r) => summaryOf(deps, r))) };
}

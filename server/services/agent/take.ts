import type { ConversationSummary } from '../../../protocol/index.ts';
import { summaryOf } from '../conversations/present.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { assignFromQueue } from '../queue/assign.ts';
import { currentAgent, serves } from './access.ts';

/**
 * The agent takes a waiting chat by hand, even above their limit (their choice). When two
 * agents click at once, the store lets exactly one through; the other hears `conflict`.
 */
export async function takeConversation(
  deps: ServiceDeps,
  agentId: string,
  conversationId: string,
): Promise<ConversationSummary> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await deps.store.conversations.get(conversationId);
  if (!conversation || !serves(agent, conversation))
    throw new ServiceError('not_found', 'No such conversation.');
  // Checked after the department, so a chat another agent just took reads as taken, not missing.
  if (conversation.status !== 'queued') throw taken();
  const assigned = await assignFromQueue(deps, conversation, agent.id, agent.id);
  if (!assigned) throw taken();
  return summaryOf(deps, assigned);
}

function taken(): ServiceError {
  return new ServiceError('conflict', 'This chat is no longer waiting: someone else took it.');
}

import type { ConversationSummary } from '../../../protocol/index.ts';
import { summaryOf } from '../conversations/present.ts';
import type { ServiceDeps } from '../deps.ts';
import { currentAgent, held } from './access.ts';

/** The holding agent started or stopped typing; nothing is stored. */
export async function agentTyping(
  deps: ServiceDeps,
  agentId: string,
  input: { conversationId: string; typing: boolean },
): Promise<null> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, input.conversationId);
  deps.events.emit('typing.changed', {
    conversationId: conversation.id,
    author: 'agent',
    typing: input.typing,
  });
  return null;
}

/** The agent has seen the chat up to `seq`: its unread count drops. */
export async function markRead(
  deps: ServiceDeps,
  agentId: string,
  input: { conversationId: string; seq: number },
): Promise<ConversationSummary> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, input.conversationId);
  const moved = await deps.store.conversations.setAgentReadSeq(
    conversation.id,
    Math.min(input.seq, conversation.lastSeq),
  );
  if (moved) deps.events.emit('conversation.read', { conversationId: conversation.id });
  const updated = (await deps.store.conversations.get(conversation.id)) ?? conversation;
  return summaryOf(deps, updated);
}

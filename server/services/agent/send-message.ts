import type { ChatMessage } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { currentAgent, held } from './access.ts';

/**
 * The holding agent writes to the visitor. Stored before the ack, idempotent by clientId like
 * the visitor's messages; the first one sets the conversation's first-reply time.
 */
export async function agentSendMessage(
  deps: ServiceDeps,
  agentId: string,
  input: { conversationId: string; clientId: string; body: string },
): Promise<ChatMessage> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, input.conversationId);
  const createdAt = deps.clock.now().toISOString();
  const { messages, duplicate } = await deps.store.messages.append(
    conversation.id,
    [
      {
        id: newId(),
        author: 'agent',
        kind: 'text',
        body: input.body,
        faqId: null,
        payload: { agent: { id: agent.id, name: agent.name } },
        createdAt,
      },
    ],
    { clientId: input.clientId, conversation: { firstReplyAt: createdAt } },
  );
  const [stored] = messages;
  if (!stored || stored.author !== 'agent' || stored.payload.agent?.id !== agent.id) {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  // Also for a resend: the node that stored it may have died before broadcasting it.
  deps.events.emit('message.created', stored);
  if (!duplicate) {
    // Writing means having read everything before it.
    const moved = await deps.store.conversations.setAgentReadSeq(conversation.id, stored.seq);
    if (moved) deps.events.emit('conversation.read', { conversationId: conversation.id });
  }
  return presentForVisitor(stored);
}

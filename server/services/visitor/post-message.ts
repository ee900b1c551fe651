import type { ChatMessage } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { MessageDraft } from '../../store/types.ts';
import { botReply } from '../bot/reply.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { openConversation } from './open-conversation.ts';

export interface PostMessageInput {
  clientId: string;
  body: string;
  faqId?: string | undefined;
  page?: { url: string; title?: string | undefined } | undefined;
}

/**
 * Stores the visitor's message and, while the bot holds the conversation, the bot's reply,
 * in one transaction. Sending the same clientId again returns the stored message unchanged.
 */
export async function postMessage(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: PostMessageInput,
): Promise<ChatMessage> {
  const conversation = await openConversation(deps, actor);
  const createdAt = deps.clock.now().toISOString();
  const drafts: MessageDraft[] = [
    {
      id: newId(),
      author: 'visitor',
      kind: 'text',
      body: input.body,
      faqId: null,
      payload: input.page ? { page: input.page } : {},
      createdAt,
    },
  ];
  if (conversation.status === 'bot') {
    const reply = botReply(deps.faq, input.body, input.faqId, actor.lang);
    drafts.push({ id: newId(), author: 'bot', createdAt, ...reply });
  }
  const { messages, duplicate } = await deps.store.messages.append(conversation.id, drafts, {
    clientId: input.clientId,
  });
  const [stored] = messages;
  if (!stored || stored.author !== 'visitor') {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  if (!duplicate) for (const m of messages) deps.events.emit('message.created', m);
  return presentForVisitor(stored);
}

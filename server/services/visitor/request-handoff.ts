import type { ChatMessage } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import { BOT_PHRASES } from '../bot/phrases.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { openConversation } from './open-conversation.ts';

/**
 * The visitor asks for a person: the conversation leaves the bot and a notice tells the
 * visitor, honestly, that the team will reply in this conversation. Idempotent by clientId.
 */
export async function requestHandoff(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: { clientId: string },
): Promise<ChatMessage> {
  const conversation = await openConversation(deps, actor);
  const now = deps.clock.now().toISOString();
  const firstRequest = conversation.status === 'bot';
  const { messages, duplicate } = await deps.store.messages.append(
    conversation.id,
    [
      {
        id: newId(),
        author: 'system',
        kind: 'notice',
        body: BOT_PHRASES[actor.lang].handoffRequested,
        faqId: null,
        payload: {},
        createdAt: now,
      },
    ],
    {
      clientId: input.clientId,
      ...(firstRequest && {
        conversation: { status: 'handoff_requested', handoffRequestedAt: now },
      }),
    },
  );
  const [notice] = messages;
  if (!notice || notice.kind !== 'notice') {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  if (duplicate) return presentForVisitor(notice);
  deps.events.emit('message.created', notice);
  if (firstRequest) {
    const updated = await deps.store.conversations.get(conversation.id);
    if (updated) deps.events.emit('handoff.requested', { conversation: updated, notice });
  }
  return presentForVisitor(notice);
}

import type { ChatMessage } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { OpenState } from '../../store/types.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { noteGap } from '../faq/gaps/note.ts';
import { botTurn } from './bot-turn.ts';
import { announceHandoff, type Turn } from './handoff.ts';
import { openConversation } from './open-conversation.ts';

export interface PostMessageInput {
  clientId: string;
  body: string;
  faqId?: string | undefined;
  page?: { url: string; title?: string | undefined; referrer?: string | undefined } | undefined;
}

/**
 * Stores the visitor's message and, while the bot holds the conversation, the bot's turn
 * (its reply, or a handoff notice with the status change) in one transaction. Sending the
 * same clientId again returns the stored message unchanged.
 */
export async function postMessage(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: PostMessageInput,
  /** The sending connection, which the ack answers: not echoed the message again. */
  origin?: string,
  /**
   * Called once this message's place in the conversation is fixed and nothing read here can
   * change for the connection's next message: that one may go ahead before this is stored.
   */
  placed?: () => void,
): Promise<ChatMessage> {
  const createdAt = deps.clock.now().toISOString();
  // A message to an agent needs only where it goes; the whole row is read for the bot's turn
  // or a first message, which open the conversation.
  let conversation: OpenState | null = await deps.store.conversations.openState(actor.visitorId);
  let turn: Turn | null = null;
  if (conversation === null || conversation.status === 'bot') {
    const opened = await openConversation(deps, actor);
    conversation = opened;
    if (opened.status === 'bot') turn = await botTurn(deps, opened, input, actor.lang, createdAt);
  }
  const appended = deps.store.messages.append(
    conversation.id,
    [
      {
        id: newId(),
        author: 'visitor',
        kind: 'text',
        body: input.body,
        faqId: null,
        payload: input.page ? { page: input.page } : {},
        createdAt,
      },
      ...(turn ? [turn.message] : []),
    ],
    {
      clientId: input.clientId,
      ...(turn?.conversation && { conversation: turn.conversation }),
      ...(turn?.event && { event: turn.event }),
    },
  );
  // The bot's turn reads the transcript (misses in a row), so the next message waits for
  // this one to be stored; a message to an agent decides nothing.
  if (conversation.status !== 'bot' && deps.store.messages.appendsInCallOrder) placed?.();
  const { messages, duplicate } = await appended;
  const [stored, reply] = messages;
  if (!stored || stored.author !== 'visitor') {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  // The sender's own message is in its ack already; the bot's reply is not.
  const announce = () => {
    for (const m of messages) {
      deps.events.emit('message.created', m === stored && origin ? { ...m, origin } : m);
    }
  };
  if (duplicate) {
    // A resend after no ack: the node that stored it may have died before broadcasting it.
    // Clients keep each message once, so telling everyone again is safe.
    announce();
    return presentForVisitor(stored);
  }
  if (input.page?.referrer) {
    await deps.store.visitors.setClientInfo(actor.visitorId, {
      userAgent: null,
      referrer: input.page.referrer,
    });
  }
  announce();
  if (turn?.conversation && reply) await announceHandoff(deps, reply);
  if (turn?.gap) noteGap(deps, turn.gap, stored.id, createdAt);
  return presentForVisitor(stored);
}

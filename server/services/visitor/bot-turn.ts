import type { Language } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { ConversationRow } from '../../store/types.ts';
import { botReply } from '../bot/reply.ts';
import type { ServiceDeps } from '../deps.ts';
import { handoffGap, replyGap } from '../faq/gaps/note.ts';
import { handoff, type Turn } from './handoff.ts';

export interface BotTurnInput {
  body: string;
  faqId?: string | undefined;
}

/**
 * What follows a visitor's message while the bot holds the conversation: a handoff when
 * the message asks for a person or when the bot misses twice running, else the bot's reply.
 * Misses are read from stored messages, so they count across tabs and restarts.
 */
export async function botTurn(
  deps: ServiceDeps,
  conversation: ConversationRow,
  input: BotTurnInput,
  lang: Language,
  createdAt: string,
): Promise<Turn> {
  if (input.faqId === undefined && deps.handoffPhrases.matches(input.body)) {
    const gap = await handoffGap(deps, conversation);
    return { ...(await handoff(deps, conversation, lang, 'asked', createdAt)), gap };
  }
  const reply = botReply(deps.faq, input.body, input.faqId, lang);
  const gap = replyGap(reply);
  if (reply.kind === 'fallback') {
    const previous = await deps.store.messages.latestBy(conversation.id, 'bot');
    if (previous?.kind === 'fallback')
      return { ...(await handoff(deps, conversation, lang, 'unanswered', createdAt)), gap };
  }
  return { message: { id: newId(), author: 'bot', createdAt, ...reply }, gap };
}

import type { Language } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type {
  AppendOptions,
  ConversationRow,
  MessageDraft,
  MessageRow,
} from '../../store/types.ts';
import { BOT_PHRASES } from '../bot/phrases.ts';
import type { ServiceDeps } from '../deps.ts';

/** Why the conversation leaves the bot: the visitor asked, or the bot failed twice running. */
export type HandoffReason = 'asked' | 'unanswered';

/** A message to append and the conversation change to store in the same transaction. */
export interface Turn {
  message: MessageDraft;
  conversation?: AppendOptions['conversation'];
}

/**
 * The notice and status change every handoff path writes (the button, a handoff phrase,
 * two unanswered questions), so the queue sees one kind of request whatever the trigger.
 */
export function handoff(
  conversation: ConversationRow,
  lang: Language,
  reason: HandoffReason,
  createdAt: string,
): Turn {
  const phrases = BOT_PHRASES[lang];
  const notice: MessageDraft = {
    id: newId(),
    author: 'system',
    kind: 'notice',
    body: reason === 'asked' ? phrases.handoffRequested : phrases.handoffAfterMisses,
    faqId: null,
    payload: {},
    createdAt,
  };
  // Asking again once handed over repeats the notice but changes nothing.
  if (conversation.status !== 'bot') return { message: notice };
  return {
    message: notice,
    conversation: { status: 'handoff_requested', handoffRequestedAt: createdAt },
  };
}

/** After the append committed: tells the queue, once, that the conversation waits for a person. */
export async function announceHandoff(deps: ServiceDeps, notice: MessageRow): Promise<void> {
  const conversation = await deps.store.conversations.get(notice.conversationId);
  if (conversation) deps.events.emit('handoff.requested', { conversation, notice });
}

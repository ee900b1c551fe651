import { newId } from '../../../ids.ts';
import type { ServiceDeps } from '../../deps.ts';
import type { DomainEvents } from '../../events.ts';

/**
 * Writes the questions the bot missed to the gap log, with the text and language of the
 * visitor's message. Only the visitor's own messages are questions.
 */
export function recordGapsOnEvents(events: DomainEvents, deps: Pick<ServiceDeps, 'store'>): void {
  events.on('question.missed', async ({ messageId, reason, faqId, at }) => {
    const message = await deps.store.messages.get(messageId);
    if (message?.author !== 'visitor') return;
    const conversation = await deps.store.conversations.get(message.conversationId);
    if (!conversation) return;
    await deps.store.questionGaps.record({
      id: newId(),
      messageId,
      conversationId: conversation.id,
      text: message.body,
      lang: conversation.lang,
      reason,
      faqId,
      at,
    });
  });
}

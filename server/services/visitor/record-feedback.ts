import type { ChatMessage } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { noteGap } from '../faq/gaps/note.ts';

/** A visitor rates a bot answer in their own conversation; rating again changes the vote. */
export async function recordFeedback(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: { messageId: string; helpful: boolean },
): Promise<ChatMessage> {
  const message = await deps.store.messages.get(input.messageId);
  const conversation = message && (await deps.store.conversations.get(message.conversationId));
  // Someone else's message answers exactly like a missing one: ids reveal nothing.
  if (!message || conversation?.visitorId !== actor.visitorId) {
    throw new ServiceError('not_found', 'no such message');
  }
  if (message.author !== 'bot' || message.kind !== 'answer' || !message.faqId) {
    throw new ServiceError('invalid_input', 'only answers from the bot can be rated');
  }
  const at = deps.clock.now().toISOString();
  await deps.store.feedback.upsert({
    messageId: message.id,
    faqId: message.faqId,
    helpful: input.helpful,
    at,
  });
  const updated = await deps.store.messages.get(message.id);
  if (!updated) throw new Error(`message ${message.id} vanished after feedback`);
  deps.events.emit('message.updated', updated);
  if (!input.helpful && message.replyTo) {
    noteGap(
      deps,
      { reason: 'unhelpful', faqId: message.faqId, messageId: message.replyTo },
      message.id,
      at,
    );
  }
  return presentForVisitor(updated);
}

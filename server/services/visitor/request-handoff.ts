import type { ChatMessage } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { announceHandoff, handoff } from './handoff.ts';
import { openConversation } from './open-conversation.ts';

/**
 * The visitor presses 转人工: the conversation leaves the bot and a notice tells the
 * visitor, honestly, that the team will reply in this conversation. Idempotent by clientId.
 */
export async function requestHandoff(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: { clientId: string },
): Promise<ChatMessage> {
  const conversation = await openConversation(deps, actor);
  const change = handoff(conversation, actor.lang, 'asked', deps.clock.now().toISOString());
  const { messages, duplicate } = await deps.store.messages.append(
    conversation.id,
    [change.message],
    { clientId: input.clientId, ...(change.conversation && { conversation: change.conversation }) },
  );
  const [notice] = messages;
  if (!notice || notice.kind !== 'notice') {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  if (duplicate) return presentForVisitor(notice);
  deps.events.emit('message.created', notice);
  if (change.conversation) await announceHandoff(deps, notice);
  return presentForVisitor(notice);
}

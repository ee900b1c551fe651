import { presentForVisitor } from '../../presenters/visitor.ts';
import { visitorStateOf } from '../../services/conversations/present.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { DomainEvents } from '../../services/events.ts';
import { rooms } from '../rooms.ts';
import type { VisitorNamespace } from '../visitor/types.ts';

/**
 * Fans stored changes out to every visitor socket following the conversation (all tabs,
 * the sender included: clients match their optimistic bubble by clientId).
 */
export function broadcastToVisitors(
  events: DomainEvents,
  nsp: VisitorNamespace,
  deps: Pick<ServiceDeps, 'store'>,
): void {
  events.on('conversation.created', (conversation) => {
    nsp.in(rooms.visitor(conversation.visitorId)).socketsJoin(rooms.conversation(conversation.id));
  });
  events.on('message.created', (message) => {
    const room = nsp.to(rooms.conversation(message.conversationId));
    (message.origin ? room.except(message.origin) : room).emit(
      'message.created',
      presentForVisitor(message),
    );
  });
  events.on('message.updated', (message) => {
    nsp
      .to(rooms.conversation(message.conversationId))
      .emit('message.updated', presentForVisitor(message));
  });
  events.on('conversation.updated', async (conversation) => {
    nsp
      .to(rooms.conversation(conversation.id))
      .emit('conversation.updated', await visitorStateOf(deps, conversation));
  });
  // Read fresh: of two quick reads, each tells the latest mark, so the last word is never stale.
  events.on('conversation.read', async ({ conversationId }) => {
    const conversation = await deps.store.conversations.get(conversationId);
    if (!conversation) return;
    nsp
      .to(rooms.conversation(conversationId))
      .emit('conversation.updated', await visitorStateOf(deps, conversation));
  });
  events.on('typing.changed', ({ conversationId, author, typing }) => {
    if (author !== 'agent') return;
    nsp.to(rooms.conversation(conversationId)).emit('typing.changed', { typing });
  });
}

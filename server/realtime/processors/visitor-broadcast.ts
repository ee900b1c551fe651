import { presentForVisitor } from '../../presenters/visitor.ts';
import { visitorStateOf } from '../../services/conversations/present.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { DomainEvents } from '../../services/events.ts';
import { rooms } from '../rooms.ts';
import type { VisitorNamespace } from '../visitor/types.ts';

/**
 * Whether a room may hold a socket other than `origin`. Only this node's sockets are known
 * here: with other nodes sharing the rooms (`shared`), any room may.
 */
function anyoneBut(nsp: VisitorNamespace, room: string, origin: string, shared: boolean): boolean {
  if (shared) return true;
  const members = nsp.adapter.rooms.get(room);
  return members !== undefined && members.size > (members.has(origin) ? 1 : 0);
}

/**
 * Fans stored changes out to every visitor socket following the conversation (all tabs,
 * the sender included: clients match their optimistic bubble by clientId).
 */
export function broadcastToVisitors(
  events: DomainEvents,
  nsp: VisitorNamespace,
  deps: Pick<ServiceDeps, 'store'>,
  /** Other nodes share the rooms (a cluster). */
  shared: boolean,
): void {
  events.on('conversation.created', (conversation) => {
    nsp.in(rooms.visitor(conversation.visitorId)).socketsJoin(rooms.conversation(conversation.id));
  });
  events.on('message.created', (message) => {
    const name = rooms.conversation(message.conversationId);
    // The sender's only tab has the message in its ack: building the packet would be wasted.
    if (message.origin && !anyoneBut(nsp, name, message.origin, shared)) return;
    const room = nsp.to(name);
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

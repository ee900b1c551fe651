import { presentNote } from '../../presenters/conversation.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import { detailOf, summaryOf } from '../../services/conversations/present.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { DomainEvents } from '../../services/events.ts';
import type { AgentNamespace } from '../agent/types.ts';
import { rooms } from '../rooms.ts';

/**
 * What consoles hear. A chat's live events go to the agent-side room of the conversation:
 * every tab of the holder (joined on assignment) and any tab that opened it. Notes and
 * typing only ever travel on this namespace.
 */
export function broadcastToAgents(
  events: DomainEvents,
  nsp: AgentNamespace,
  deps: Pick<ServiceDeps, 'store'>,
): void {
  events.on('agent.status_changed', ({ agentId, status }) => {
    nsp.to(rooms.agent(agentId)).emit('status.changed', { status });
  });
  events.on('conversation.assigned', async ({ conversation, previousAgentId }) => {
    const room = rooms.conversation(conversation.id);
    if (conversation.agentId) {
      nsp.in(rooms.agent(conversation.agentId)).socketsJoin(room);
      nsp
        .to(rooms.agent(conversation.agentId))
        .emit('conversation.assigned', await summaryOf(deps, conversation));
    }
    // The previous holder's tabs hear the move (conversation.updated), then stop following.
    if (previousAgentId) {
      nsp
        .to(rooms.agent(previousAgentId))
        .emit('conversation.updated', await detailOf(deps, conversation));
      nsp.in(rooms.agent(previousAgentId)).socketsLeave(room);
    }
  });
  events.on('conversation.updated', async (conversation) => {
    nsp
      .to(rooms.conversation(conversation.id))
      .emit('conversation.updated', await detailOf(deps, conversation));
  });
  events.on('message.created', (message) => {
    nsp
      .to(rooms.conversation(message.conversationId))
      .emit('message.created', presentForVisitor(message));
  });
  events.on('note.created', async (note) => {
    const author = await deps.store.agents.get(note.agentId);
    nsp
      .to(rooms.conversation(note.conversationId))
      .emit('note.created', presentNote(note, author?.name ?? ''));
  });
  events.on('typing.changed', ({ conversationId, author, typing }) => {
    if (author !== 'visitor') return;
    nsp.to(rooms.conversation(conversationId)).emit('typing.changed', { conversationId, typing });
  });
}

import type { ConversationRow } from '../../store/types.ts';
import { postNotice } from '../conversations/notice.ts';
import { BOT_PHRASES } from '../bot/phrases.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * Gives a waiting conversation to an agent, if it is still waiting: the store's
 * compare-and-set makes this the only place a chat changes hands from the queue, so two
 * agents (or routing and an agent) can never both get it. Tells the visitor who joined.
 * Null when someone else was first.
 */
export async function assignFromQueue(
  deps: ServiceDeps,
  conversation: ConversationRow,
  agentId: string,
  takenBy: string | null,
): Promise<ConversationRow | null> {
  const agent = await deps.store.agents.get(agentId);
  if (!agent) return null;
  const at = deps.clock.now().toISOString();
  const assigned = await deps.store.conversations.transition(
    conversation.id,
    // Routing never takes an agent over their limit; an agent taking a chat by hand may.
    takenBy ? { status: 'queued' } : { status: 'queued', agentHasRoom: true },
    { status: 'active', agentId, assignedAt: at },
    {
      conversationId: conversation.id,
      kind: takenBy ? 'taken' : 'assigned',
      actorAgentId: takenBy,
      agentId,
      departmentId: conversation.departmentId,
      note: null,
      at,
    },
  );
  if (!assigned) return null;
  await announceAgent(deps, assigned, agent.name, null);
  if (assigned.departmentId) {
    deps.events.emit('queue.changed', { departmentId: assigned.departmentId });
  }
  return assigned;
}

/** After a chat changed hands: the visitor is told who is there, consoles are told. */
export async function announceAgent(
  deps: ServiceDeps,
  conversation: ConversationRow,
  agentName: string,
  previousAgentId: string | null,
): Promise<void> {
  await postNotice(deps, conversation.id, BOT_PHRASES[conversation.lang].agentJoined(agentName));
  const latest = (await deps.store.conversations.get(conversation.id)) ?? conversation;
  deps.events.emit('conversation.assigned', { conversation: latest, previousAgentId });
  deps.events.emit('conversation.updated', latest);
}

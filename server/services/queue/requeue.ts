import { BOT_PHRASES } from '../bot/phrases.ts';
import { postNotice } from '../conversations/notice.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * An agent went offline (their last console tab closed and stayed closed) while holding
 * chats: those chats go back to the front of their department's queue, so no visitor waits
 * on someone who left. Logged as a transfer by nobody, noting why.
 */
export async function requeueChatsOf(deps: ServiceDeps, agentId: string): Promise<number> {
  const held = await deps.store.conversations.listActiveFor(agentId);
  let moved = 0;
  for (const conversation of held) {
    const at = deps.clock.now().toISOString();
    // The original queue time keeps its place in line: it has waited once already.
    const queuedAt = conversation.queuedAt ?? at;
    const back = await deps.store.conversations.transition(
      conversation.id,
      { status: 'active', agentId },
      { status: 'queued', agentId: null, queuedAt, transferredAt: at },
      {
        conversationId: conversation.id,
        kind: 'transferred',
        actorAgentId: null,
        agentId: null,
        departmentId: conversation.departmentId,
        note: 'agent_offline',
        at,
      },
    );
    if (!back) continue;
    moved += 1;
    await postNotice(deps, back.id, BOT_PHRASES[back.lang].transferred);
    deps.events.emit('conversation.updated', back);
    if (back.departmentId) deps.events.emit('queue.changed', { departmentId: back.departmentId });
  }
  return moved;
}

import type { CloseType, ConversationDetail, TicketPriority } from '../../../protocol/index.ts';
import { BOT_PHRASES } from '../bot/phrases.ts';
import { postNotice } from '../conversations/notice.ts';
import { detailOf } from '../conversations/present.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { ticketFromClosedChat } from '../tickets/create.ts';
import { currentAgent, held } from './access.ts';

export interface CloseInput {
  conversationId: string;
  type: CloseType;
  departmentId: string;
  tags: string[];
  summary: string;
  /** Open a 工单 for follow-up; a complaint always gets one. */
  ticket?: { needsFollowUp: boolean; priority: TicketPriority } | undefined;
}

/**
 * Ends a chat with the classification the monthly analysis counts (type, department, tags,
 * a one-line summary). The visitor is told it ended and asked to rate the service. A complaint,
 * or a chat marked for follow-up, gets its 工单 first (one per chat, so a resent close makes no
 * second): if the close then fails, the ticket is there still, and no complaint is lost.
 */
export async function closeConversation(
  deps: ServiceDeps,
  agentId: string,
  input: CloseInput,
): Promise<ConversationDetail> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, input.conversationId);
  if (!(await deps.store.departments.get(input.departmentId))) {
    throw new ServiceError('invalid_input', 'No such department.');
  }
  if (input.type === 'complaint' || input.ticket?.needsFollowUp) {
    await ticketFromClosedChat(deps, agent, conversation, {
      type: input.type,
      priority: input.ticket?.priority ?? 'normal',
      departmentId: input.departmentId,
      summary: input.summary,
    });
  }
  const at = deps.clock.now().toISOString();
  const closed = await deps.store.conversations.transition(
    conversation.id,
    { status: 'active', agentId: agent.id },
    {
      status: 'closed',
      closedAt: at,
      closedBy: agent.id,
      closeType: input.type,
      departmentId: input.departmentId,
      closeTags: [...new Set(input.tags)],
      closeSummary: input.summary || null,
    },
    {
      conversationId: conversation.id,
      kind: 'closed',
      actorAgentId: agent.id,
      agentId: agent.id,
      departmentId: input.departmentId,
      note: null,
      at,
    },
  );
  if (!closed) throw new ServiceError('conflict', 'This chat changed meanwhile; reload it.');
  await postNotice(deps, closed.id, BOT_PHRASES[closed.lang].closed);
  const latest = (await deps.store.conversations.get(closed.id)) ?? closed;
  deps.events.emit('conversation.updated', latest);
  return detailOf(deps, latest);
}

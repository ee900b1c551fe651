import type { VisitorConversationState } from '../../protocol/conversation.ts';
import type { ChatMessage } from '../../protocol/message.ts';

/**
 * The visitor's message that carries 已读: their last one in the current conversation the agent
 * has seen. One marker, not one per bubble; none before an agent has read anything.
 */
export function readMark(
  list: readonly ChatMessage[],
  state: Pick<VisitorConversationState, 'conversationId' | 'agentReadSeq'> | null,
): string | null {
  let id: string | null = null;
  for (const m of list) {
    const seen = m.conversationId === state?.conversationId && m.seq <= state.agentReadSeq;
    if (seen && m.author === 'visitor') id = m.id;
  }
  return id;
}

import type { Rating, VisitorConversationState } from '../../../protocol/index.ts';
import { visitorStateOf } from '../conversations/present.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** The visitor rates a closed chat once (5 非常满意 … 1 非常不满意), with an optional comment. */
export async function rateConversation(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: { conversationId: string; score: Rating; comment?: string | undefined },
): Promise<VisitorConversationState> {
  const conversation = await deps.store.conversations.get(input.conversationId);
  // Someone else's conversation reads as missing, so ids cannot be probed.
  if (!conversation || conversation.visitorId !== actor.visitorId) {
    throw new ServiceError('not_found', 'No such conversation.');
  }
  if (conversation.status !== 'closed' || conversation.assignedAt === null) {
    throw new ServiceError('conflict', 'Only a finished chat with a person can be rated.');
  }
  const at = deps.clock.now().toISOString();
  const rated = await deps.store.conversations.transition(
    conversation.id,
    { status: 'closed', rating: null },
    { rating: input.score, ratingComment: input.comment || null, ratedAt: at },
    {
      conversationId: conversation.id,
      kind: 'rated',
      actorAgentId: null,
      agentId: conversation.agentId,
      departmentId: conversation.departmentId,
      note: null,
      at,
    },
  );
  if (!rated) throw new ServiceError('conflict', 'This chat has already been rated.');
  deps.events.emit('conversation.updated', rated);
  return visitorStateOf(deps, rated);
}

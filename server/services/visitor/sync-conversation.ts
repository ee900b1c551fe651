import type { SyncResult } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import { visitorStateOf } from '../conversations/present.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { queueStatusOf } from '../queue/queue-status.ts';
import { currentConversation } from './current-conversation.ts';

/**
 * Everything the visitor has not seen yet: the messages after `afterSeq`, in order, and
 * where the conversation stands (its place in the queue, the agent, a rating still to give).
 */
export async function syncConversation(
  deps: Pick<ServiceDeps, 'store'>,
  actor: VisitorActor,
  input: { afterSeq: number },
): Promise<SyncResult> {
  const conversation = await currentConversation(deps, actor);
  if (!conversation) return { conversationId: null, messages: [], state: null, queue: null };
  const rows = await deps.store.messages.listAfter(conversation.id, input.afterSeq);
  return {
    conversationId: conversation.id,
    messages: rows.map(presentForVisitor),
    state: await visitorStateOf(deps, conversation),
    queue: await queueStatusOf(deps, conversation),
  };
}

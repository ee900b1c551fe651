import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { currentConversation } from './current-conversation.ts';

/** The visitor started or stopped typing; only an agent's console hears it, and nothing is stored. */
export async function visitorTyping(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: { typing: boolean },
): Promise<null> {
  const conversation = await currentConversation(deps, actor);
  if (conversation && (conversation.status === 'active' || conversation.status === 'queued')) {
    deps.events.emit('typing.changed', {
      conversationId: conversation.id,
      author: 'visitor',
      typing: input.typing,
    });
  }
  return null;
}

import type { ConversationRow } from '../../store/types.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';

/** The conversation a visitor sees in the chat window: their most recent one, if any. */
export function currentConversation(
  deps: Pick<ServiceDeps, 'store'>,
  actor: VisitorActor,
): Promise<ConversationRow | null> {
  return deps.store.conversations.latestFor(actor.visitorId);
}

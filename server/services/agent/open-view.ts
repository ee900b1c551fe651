import type { ConversationView } from '../../../protocol/index.ts';
import { presentNote } from '../../presenters/conversation.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ConversationRow } from '../../store/types.ts';
import { detailOf } from '../conversations/present.ts';
import type { ServiceDeps } from '../deps.ts';
import { currentAgent, viewable } from './access.ts';
import { visitorInfo } from './visitor-info.ts';

/** The chat view: the whole transcript (the bot part included), the notes and the visitor panel. */
export async function openConversationView(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
  conversationId: string,
): Promise<ConversationView> {
  const agent = await currentAgent(deps, agentId);
  return conversationView(deps, await viewable(deps, agent, conversationId));
}

/** The view of a conversation the caller has already checked the agent may see. */
export async function conversationView(
  deps: Pick<ServiceDeps, 'store'>,
  conversation: ConversationRow,
): Promise<ConversationView> {
  const visitor = await deps.store.visitors.get(conversation.visitorId);
  if (!visitor) throw new Error(`conversation ${conversation.id} has no visitor`);
  const [messages, notes, names] = await Promise.all([
    deps.store.messages.listAfter(conversation.id, 0),
    deps.store.notes.list(conversation.id),
    deps.store.agents.list(),
  ]);
  const nameOf = new Map(names.map((a) => [a.id, a.name]));
  return {
    conversation: await detailOf(deps, conversation),
    messages: messages.map(presentForVisitor),
    notes: notes.map((n) => presentNote(n, nameOf.get(n.agentId) ?? '')),
    visitor: await visitorInfo(deps, visitor, conversation),
  };
}

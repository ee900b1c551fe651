import type {
  ConversationDetail,
  ConversationSummary,
  VisitorConversationState,
} from '../../../protocol/index.ts';
import {
  presentDetail,
  presentSummary,
  presentVisitorState,
} from '../../presenters/conversation.ts';
import type { ConversationRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

type Deps = Pick<ServiceDeps, 'store'>;

async function agentName(deps: Deps, agentId: string | null): Promise<string | null> {
  if (!agentId) return null;
  return (await deps.store.agents.get(agentId))?.name ?? null;
}

/** A console list line, with the holder's name and the last message looked up. */
export async function summaryOf(deps: Deps, row: ConversationRow): Promise<ConversationSummary> {
  return presentSummary(row, {
    agentName: await agentName(deps, row.agentId),
    lastMessage: await deps.store.messages.latest(row.id),
    // What the visitor wrote since the agent last looked; bot turns and notices do not count.
    unread: await deps.store.messages.countAfter(row.id, row.agentReadSeq, 'visitor'),
  });
}

export async function detailOf(deps: Deps, row: ConversationRow): Promise<ConversationDetail> {
  return presentDetail(await summaryOf(deps, row), row);
}

export async function visitorStateOf(
  deps: Deps,
  row: ConversationRow,
): Promise<VisitorConversationState> {
  const agent = row.agentId ? await deps.store.agents.get(row.agentId) : null;
  // A deactivated agent's photo is no longer served: the visitor sees their initial.
  return presentVisitorState(
    row,
    agent && { ...agent, avatar: agent.disabled ? null : agent.avatar },
  );
}

import type { ConversationSummary } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { ConversationRow } from '../../store/types.ts';
import { BOT_PHRASES } from '../bot/phrases.ts';
import { postNotice } from '../conversations/notice.ts';
import { summaryOf } from '../conversations/present.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { announceAgent } from '../queue/assign.ts';
import { currentAgent, held } from './access.ts';

export interface TransferInput {
  conversationId: string;
  agentId?: string | undefined;
  departmentId?: string | undefined;
  note?: string | undefined;
}

/**
 * 转接: hands a chat the agent holds to an online colleague, or back into a department's
 * queue (routing then finds someone). The note is kept as an internal note, so the next
 * agent reads it with the transcript; the visitor only hears that they are being transferred.
 */
export async function transferConversation(
  deps: ServiceDeps,
  agentId: string,
  input: TransferInput,
): Promise<ConversationSummary> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, input.conversationId);
  const at = deps.clock.now().toISOString();
  const note = input.note || null;
  let moved: ConversationRow | null;
  let target: { id: string; name: string } | null = null;

  if (input.agentId) {
    const colleague = await deps.store.agents.get(input.agentId);
    if (!colleague || colleague.disabled) throw new ServiceError('not_found', 'No such colleague.');
    if (colleague.id === agent.id)
      throw new ServiceError('invalid_input', 'This chat is already yours.');
    const status = await deps.store.agents.getStatus(colleague.id);
    if (status?.status !== 'online') {
      throw new ServiceError(
        'conflict',
        `${colleague.name} is not online; pick someone else or a department.`,
      );
    }
    target = colleague;
    moved = await deps.store.conversations.transition(
      conversation.id,
      { status: 'active', agentId: agent.id },
      { agentId: colleague.id, transferredAt: at },
      event(conversation, agent.id, colleague.id, conversation.departmentId, note, at),
    );
  } else {
    const department = input.departmentId
      ? await deps.store.departments.get(input.departmentId)
      : null;
    if (!department) throw new ServiceError('not_found', 'No such department.');
    moved = await deps.store.conversations.transition(
      conversation.id,
      { status: 'active', agentId: agent.id },
      {
        status: 'queued',
        agentId: null,
        departmentId: department.id,
        queuedAt: at,
        transferredAt: at,
      },
      event(conversation, agent.id, null, department.id, note, at),
    );
  }
  if (!moved) throw new ServiceError('conflict', 'This chat changed meanwhile; reload it.');
  if (note) {
    const stored = await deps.store.notes.add({
      id: newId(),
      conversationId: moved.id,
      agentId: agent.id,
      clientId: newId(),
      body: note,
      createdAt: at,
    });
    deps.events.emit('note.created', stored.note);
  }
  await postNotice(deps, moved.id, BOT_PHRASES[moved.lang].transferred);
  if (target) {
    await announceAgent(deps, moved, target.name, agent.id);
  } else {
    deps.events.emit('conversation.updated', moved);
    if (moved.departmentId) deps.events.emit('queue.changed', { departmentId: moved.departmentId });
  }
  return summaryOf(deps, moved);
}

function event(
  c: ConversationRow,
  actor: string,
  to: string | null,
  departmentId: string | null,
  note: string | null,
  at: string,
) {
  return {
    conversationId: c.id,
    kind: 'transferred' as const,
    actorAgentId: actor,
    agentId: to,
    departmentId,
    note,
    at,
  };
}

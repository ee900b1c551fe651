import type { AgentNote } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import { presentNote } from '../../presenters/conversation.ts';
import type { ServiceDeps } from '../deps.ts';
import { currentAgent, held } from './access.ts';

/** An internal note on a chat the agent holds: stored apart from messages, shown to agents only. */
export async function addNote(
  deps: ServiceDeps,
  agentId: string,
  input: { conversationId: string; clientId: string; body: string },
): Promise<AgentNote> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, input.conversationId);
  const { note, duplicate } = await deps.store.notes.add({
    id: newId(),
    conversationId: conversation.id,
    agentId: agent.id,
    clientId: input.clientId,
    body: input.body,
    createdAt: deps.clock.now().toISOString(),
  });
  if (!duplicate) deps.events.emit('note.created', note);
  return presentNote(note, agent.name);
}

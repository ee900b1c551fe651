import type { z } from 'zod';
import type { LeftMessage, LeftMessageReceipt } from '../../../protocol/index.ts';
import type { leftMessageSendSchema } from '../../../protocol/schemas/visitor.ts';
import { newId } from '../../ids.ts';
import { presentLeftMessage } from '../../presenters/desk.ts';
import type { LeftMessageRow } from '../../store/types.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** More than a desk works through in a day; the console pages beyond it in a later issue. */
const LIST_LIMIT = 200;

/** The leave-a-message form when nobody can answer; a resend with the same clientId stores nothing new. */
export async function leaveMessage(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  actor: VisitorActor,
  input: z.output<typeof leftMessageSendSchema>,
): Promise<LeftMessageReceipt> {
  const department = await deps.store.departments.getDefault();
  const { leftMessage } = await deps.store.leftMessages.create({
    id: newId(),
    visitorId: actor.visitorId,
    clientId: input.clientId,
    name: input.name,
    contact: input.contact,
    body: input.body,
    lang: actor.lang,
    departmentId: department?.id ?? null,
    pageUrl: input.page?.url ?? null,
    createdAt: deps.clock.now().toISOString(),
    handledAt: null,
    handledBy: null,
    handledNote: null,
  });
  return { id: leftMessage.id, createdAt: leftMessage.createdAt };
}

export async function listLeftMessages(
  deps: Pick<ServiceDeps, 'store'>,
  status: 'open' | 'handled',
): Promise<LeftMessage[]> {
  return present(deps, await deps.store.leftMessages.list(status, LIST_LIMIT));
}

/** Records how an agent followed a message up; the first agent's note stands. */
export async function markLeftMessageHandled(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  id: string,
  note: string,
): Promise<LeftMessage> {
  const at = deps.clock.now().toISOString();
  const handled = await deps.store.leftMessages.markHandled(id, { at, by: agentId, note });
  if (!handled) {
    if (await deps.store.leftMessages.get(id)) {
      throw new ServiceError('conflict', 'This message has already been handled.');
    }
    throw new ServiceError('not_found', 'There is no such message.');
  }
  const agent = await deps.store.agents.get(agentId);
  return presentLeftMessage(handled, agent?.name ?? null);
}

/** Each handling agent is looked up once, however many messages they handled. */
async function present(
  deps: Pick<ServiceDeps, 'store'>,
  rows: LeftMessageRow[],
): Promise<LeftMessage[]> {
  const names = new Map<string, string>();
  for (const agentId of new Set(rows.flatMap((r) => (r.handledBy ? [r.handledBy] : [])))) {
    const agent = await deps.store.agents.get(agentId);
    if (agent) names.set(agentId, agent.name);
  }
  return rows.map((r) =>
    presentLeftMessage(r, r.handledBy === null ? null : (names.get(r.handledBy) ?? null)),
  );
}

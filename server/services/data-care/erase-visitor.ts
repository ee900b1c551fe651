import type { VisitorErased } from '../../../protocol/index.ts';
import type { AgentActor } from '../auth/authenticate.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { recordAudit } from './audit.ts';

/**
 * A privacy request (PIPL, GDPR): deletes the visitor, their conversations with messages, search
 * rows, events, notes, ratings, gaps and attachment files, their left messages, work orders and
 * survey answers, and all that of the other browsers verified as the same customer; ends their
 * open sockets; logs
 * who did it. Refused while an agent holds a chat with them: the agent closes it first, so
 * nobody is cut off mid-conversation without knowing why.
 */
export async function eraseVisitor(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events' | 'files'>,
  actor: AgentActor,
  visitorId: string,
): Promise<VisitorErased> {
  // A visitor has at most one conversation that is not closed, and it is their latest.
  const latest = await deps.store.conversations.latestFor(visitorId);
  if (latest?.status === 'active') {
    throw new ServiceError(
      'conflict',
      'An agent is chatting with this visitor now. Close that chat first, then delete.',
    );
  }
  const erased = await deps.store.dataCare.eraseVisitor(visitorId);
  if (!erased) {
    throw new ServiceError('not_found', `There is no visitor ${visitorId}: nothing was deleted.`);
  }
  // After the rows: a file whose message is gone is never served, whatever happens here.
  await deps.files.delete(erased.files);
  const deleted = erased.counts;
  deps.events.emit('visitor.erased', { visitorId });
  if (latest?.status === 'queued' && latest.departmentId) {
    deps.events.emit('queue.changed', { departmentId: latest.departmentId });
  }
  await recordAudit(deps, {
    agentId: actor.agent.id,
    action: 'visitor.erased',
    target: visitorId,
    details: { ...deleted },
  });
  return { visitorId, deleted };
}

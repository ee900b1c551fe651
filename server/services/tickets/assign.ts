import type { z } from 'zod';
import type { TicketDetail } from '../../../protocol/index.ts';
import type { ticketAssignSchema, ticketUpdateSchema } from '../../../protocol/schemas/tickets.ts';
import type { TicketChange, TicketRow } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { visibleTicket } from './access.ts';
import { commit, contactsOf, sameVersion, type Notice } from './commit.ts';
import { mayManage, type Party } from './lifecycle.ts';
import { activeOwner, existingDepartment } from './open.ts';
import { presentDetail } from './present.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

function notClosed(ticket: TicketRow, doing: string): void {
  if (ticket.status === 'closed') {
    throw new ServiceError('conflict', `This ticket is closed: reopen it before you ${doing}.`);
  }
}

/**
 * Hands a ticket to another owner and/or department (转派). The owner, a contact of its
 * department or an admin may; an agent of the department may take one that nobody owns.
 */
export async function assignTicket(
  deps: Deps,
  agentId: string,
  ticketId: string,
  input: z.output<typeof ticketAssignSchema>,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket, parties } = await visibleTicket(deps, agent, ticketId);
  sameVersion(ticket, input.version);
  const ownerId = input.ownerId === undefined ? ticket.ownerId : input.ownerId;
  const departmentId = input.departmentId ?? ticket.departmentId;
  if (!mayManage(parties) && !takesUnowned(parties, ticket, ownerId, departmentId, agent.id)) {
    throw new ServiceError(
      'forbidden',
      "Only the ticket's owner, a contact of its department or an admin can hand it over; an agent of the department can take it while nobody owns it.",
    );
  }
  notClosed(ticket, 'handing it over');
  if (ownerId === ticket.ownerId && departmentId === ticket.departmentId) {
    throw new ServiceError('invalid_input', 'The ticket already has this owner and department.');
  }
  // A new owner must be able to sign in; the one it has may stay even if deactivated since.
  await activeOwner(deps, ownerId === ticket.ownerId ? null : ownerId);
  await existingDepartment(deps, departmentId);
  const moved = departmentId !== ticket.departmentId;
  const notice: Notice = moved
    ? { reason: 'transferred', agentIds: [ownerId, ...(await contactsOf(deps, departmentId))] }
    : { reason: 'assigned', agentIds: [ownerId] };
  const after = await commit(
    deps,
    ticket,
    { version: ticket.version },
    { ownerId, departmentId, version: ticket.version + 1 },
    {
      kind: 'assigned',
      actorAgentId: agent.id,
      fromStatus: null,
      toStatus: null,
      details: {
        fromOwnerId: ticket.ownerId,
        toOwnerId: ownerId,
        fromDepartmentId: ticket.departmentId,
        toDepartmentId: departmentId,
        note: input.note,
      },
      at: deps.clock.now().toISOString(),
    },
    notice,
  );
  return presentDetail(deps, after);
}

function takesUnowned(
  parties: Set<Party>,
  ticket: TicketRow,
  ownerId: string | null,
  departmentId: string,
  agentId: string,
): boolean {
  return (
    parties.has('member') &&
    ticket.ownerId === null &&
    ownerId === agentId &&
    departmentId === ticket.departmentId
  );
}

/** Priority and due time; a new due time gives the deadline warnings again. */
export async function updateTicket(
  deps: Deps,
  agentId: string,
  ticketId: string,
  input: z.output<typeof ticketUpdateSchema>,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket, parties } = await visibleTicket(deps, agent, ticketId);
  sameVersion(ticket, input.version);
  if (!mayManage(parties)) {
    throw new ServiceError(
      'forbidden',
      "Only the ticket's owner, a contact of its department or an admin can change its priority or due time.",
    );
  }
  notClosed(ticket, 'changing it');
  const dueAt = new Date(input.dueAt).toISOString();
  const change: TicketChange = { version: ticket.version + 1 };
  const details: Record<string, unknown> = {};
  if (input.priority !== ticket.priority) {
    change.priority = input.priority;
    details.priority = { from: ticket.priority, to: input.priority };
  }
  if (dueAt !== ticket.dueAt) {
    Object.assign(change, { dueAt, dueSoonNoticedAt: null, overdueNoticedAt: null });
    details.dueAt = { from: ticket.dueAt, to: dueAt };
  }
  if (Object.keys(details).length === 0) {
    throw new ServiceError(
      'invalid_input',
      'Nothing to change: the priority and due time are as they were.',
    );
  }
  const after = await commit(deps, ticket, { version: ticket.version }, change, {
    kind: 'updated',
    actorAgentId: agent.id,
    fromStatus: null,
    toStatus: null,
    details,
    at: deps.clock.now().toISOString(),
  });
  return presentDetail(deps, after);
}

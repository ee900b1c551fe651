import type { z } from 'zod';
import type { TicketDetail } from '../../../protocol/index.ts';
import type {
  ticketFollowUpSchema,
  ticketStatusSchema,
} from '../../../protocol/schemas/tickets.ts';
import type { TicketChange } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { ServiceError } from '../errors.ts';
import { visibleTicket } from './access.ts';
import { commit, contactsOf, sameVersion, type Notice } from './commit.ts';
import { dueFrom } from './hours.ts';
import { nextStatus } from './lifecycle.ts';
import { existingDepartment } from './open.ts';
import { presentDetail } from './present.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

const TYPE_NAMES = {
  consultation: 'A consultation',
  suggestion: 'A suggestion',
  opinion: 'An opinion',
  complaint: 'A complaint',
  request: 'A request',
} as const;

function required(value: string | null, field: string, message: string): string {
  if (value === null) throw new ServiceError('invalid_input', `${field}: ${message}`);
  return value;
}

/** One step of the lifecycle (start, escalate, return, resolve, close, reopen). */
export async function changeTicketStatus(
  deps: Deps,
  agentId: string,
  ticketId: string,
  input: z.output<typeof ticketStatusSchema>,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket, parties } = await visibleTicket(deps, agent, ticketId);
  sameVersion(ticket, input.version);
  const to = nextStatus(input.action, ticket.status, parties);
  const at = deps.clock.now().toISOString();
  const change: TicketChange = { status: to, version: ticket.version + 1 };
  const details: Record<string, unknown> = { action: input.action };
  let notice: Notice | undefined;
  switch (input.action) {
    case 'escalate': {
      if (input.departmentId === undefined) {
        throw new ServiceError('invalid_input', 'departmentId: name the department to send it to');
      }
      const departmentId = await existingDepartment(deps, input.departmentId);
      change.departmentId = departmentId;
      Object.assign(details, {
        fromDepartmentId: ticket.departmentId,
        toDepartmentId: departmentId,
      });
      notice = { reason: 'escalated', agentIds: await contactsOf(deps, departmentId) };
      break;
    }
    case 'return':
      details.reason = required(input.reason, 'reason', 'say why it goes back');
      notice = { reason: 'returned', agentIds: [ticket.ownerId] };
      break;
    case 'resolve':
      change.resolution = required(input.resolution, 'resolution', 'say how it was resolved');
      change.resolvedAt = at;
      details.resolution = change.resolution;
      break;
    case 'close': {
      const { followUpRequired } = (await getDeskSettings(deps)).tickets;
      if (followUpRequired[ticket.type] && ticket.followUp === null) {
        throw new ServiceError(
          'conflict',
          `${TYPE_NAMES[ticket.type]} is closed only after a follow-up (回访): record it first.`,
        );
      }
      change.closedAt = at;
      break;
    }
    case 'reopen': {
      // The resolution and follow-up stay in the timeline; the next round needs its own, and a
      // deadline of its own from now (the old one has usually passed), warned about afresh.
      details.reason = required(input.reason, 'reason', 'say why it is reopened');
      const dueAt = dueFrom(new Date(at), ticket.type, (await getDeskSettings(deps)).tickets);
      details.dueAt = dueAt;
      Object.assign(change, {
        resolution: null,
        resolvedAt: null,
        closedAt: null,
        followUp: null,
        dueAt,
        dueSoonNoticedAt: null,
        overdueNoticedAt: null,
      });
      break;
    }
    case 'start':
      break;
  }
  const after = await commit(
    deps,
    ticket,
    { version: ticket.version },
    change,
    {
      kind: 'status',
      actorAgentId: agent.id,
      fromStatus: ticket.status,
      toStatus: to,
      details,
      at,
    },
    notice,
  );
  return presentDetail(deps, after);
}

/** 回访: how the customer was reached after the resolution, what they said, how satisfied. */
export async function recordFollowUp(
  deps: Deps,
  agentId: string,
  ticketId: string,
  input: z.output<typeof ticketFollowUpSchema>,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket, parties } = await visibleTicket(deps, agent, ticketId);
  sameVersion(ticket, input.version);
  const to = nextStatus('follow_up', ticket.status, parties);
  const at = deps.clock.now().toISOString();
  const followUp = {
    method: input.method,
    result: input.result,
    satisfaction: input.satisfaction,
    at,
    agentId: agent.id,
  };
  const after = await commit(
    deps,
    ticket,
    { version: ticket.version },
    { status: to, followUp, version: ticket.version + 1 },
    {
      kind: 'follow_up',
      actorAgentId: agent.id,
      fromStatus: ticket.status,
      toStatus: to,
      details: { method: input.method, result: input.result, satisfaction: input.satisfaction },
      at,
    },
  );
  return presentDetail(deps, after);
}

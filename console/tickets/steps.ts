import type { AgentProfile } from '../../protocol/agent.ts';
import type { Ticket, TicketAction, TicketStatus } from '../../protocol/tickets.ts';

/** What the detail page may offer: the lifecycle's steps and the other changes. */
export type Step = TicketAction | 'follow_up' | 'take' | 'assign' | 'edit' | 'reply';

/**
 * How the agent stands to the ticket, as far as the console can tell. Whether an agent is a
 * contact of a department is known to the server only; but an agent who sees a ticket that is
 * neither theirs nor their department's must be one, and an agent of the department may be.
 */
interface Stand {
  owner: boolean;
  admin: boolean;
  member: boolean;
  contact: boolean;
}

function standOf(ticket: Ticket, agent: Pick<AgentProfile, 'id' | 'role' | 'departments'>): Stand {
  const owner = ticket.ownerId === agent.id;
  const admin = agent.role === 'admin';
  const member = agent.departments.includes(ticket.departmentId);
  return { owner, admin, member, contact: !owner && (member || !admin) };
}

const FROM: Record<TicketAction | 'follow_up', readonly TicketStatus[]> = {
  start: ['new', 'returned'],
  escalate: ['new', 'in_progress', 'returned'],
  return: ['waiting_department'],
  resolve: ['in_progress', 'waiting_department'],
  follow_up: ['resolved'],
  close: ['resolved', 'followed_up'],
  reopen: ['resolved', 'followed_up', 'closed'],
};

/**
 * The steps to offer, in the order a ticket usually takes them. The table mirrors the server's
 * (server/services/tickets/lifecycle.ts); the server still decides, and a refusal is shown.
 * `followUpFirst`: the desk requires a 回访 before this type is closed.
 */
export function offeredSteps(
  ticket: Ticket,
  agent: Pick<AgentProfile, 'id' | 'role' | 'departments'>,
  followUpFirst: boolean,
): Step[] {
  const s = standOf(ticket, agent);
  const ownerOrAdmin = s.owner || s.admin;
  const manager = ownerOrAdmin || s.contact;
  const at = (step: TicketAction | 'follow_up') => FROM[step].includes(ticket.status);
  const open = ticket.status !== 'closed';
  const offered: [Step, boolean][] = [
    ['take', open && ticket.ownerId === null && s.member],
    ['start', at('start') && ownerOrAdmin],
    ['escalate', at('escalate') && ownerOrAdmin],
    ['return', at('return') && (s.contact || s.admin)],
    ['resolve', at('resolve') && manager],
    ['follow_up', at('follow_up') && ownerOrAdmin],
    ['close', at('close') && ownerOrAdmin && !(followUpFirst && ticket.status === 'resolved')],
    ['reopen', at('reopen') && ownerOrAdmin],
    ['assign', open && manager],
    ['edit', open && manager],
    ['reply', manager],
  ];
  return offered.filter(([, yes]) => yes).map(([step]) => step);
}

/** Steps that need nothing but a click; the others open a form. */
export const ONE_CLICK: readonly Step[] = ['take', 'start', 'close'];

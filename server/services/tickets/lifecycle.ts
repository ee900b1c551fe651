import type { TicketAction, TicketStatus } from '../../../protocol/index.ts';
import { ServiceError } from '../errors.ts';

/**
 * How an agent stands to a ticket. `owner`: it is theirs; `contact`: they receive its
 * department's tickets; `member`: they work its department's chats; `admin`: any ticket.
 */
export type Party = 'owner' | 'contact' | 'member' | 'admin';

interface Rule {
  from: readonly TicketStatus[];
  to: TicketStatus;
  by: readonly Party[];
}

/**
 * The lifecycle, in one table: from which statuses each step may be taken, where it leads,
 * and who may take it. Anything else is refused: `forbidden` for the wrong person, then
 * `conflict` for the wrong status.
 */
export const TRANSITIONS: Readonly<Record<TicketAction | 'follow_up', Rule>> = {
  start: { from: ['new', 'returned'], to: 'in_progress', by: ['owner', 'admin'] },
  // To another department (or the same one again after a return), which then has to act.
  escalate: {
    from: ['new', 'in_progress', 'returned'],
    to: 'waiting_department',
    by: ['owner', 'admin'],
  },
  // The department hands it back to the owner, saying why.
  return: { from: ['waiting_department'], to: 'returned', by: ['contact', 'admin'] },
  resolve: {
    from: ['in_progress', 'waiting_department'],
    to: 'resolved',
    by: ['owner', 'contact', 'admin'],
  },
  follow_up: { from: ['resolved'], to: 'followed_up', by: ['owner', 'admin'] },
  close: { from: ['resolved', 'followed_up'], to: 'closed', by: ['owner', 'admin'] },
  reopen: {
    from: ['resolved', 'followed_up', 'closed'],
    to: 'in_progress',
    by: ['owner', 'admin'],
  },
};

const PARTY_NAMES: Record<Party, string> = {
  owner: "the ticket's owner",
  contact: "a contact of the ticket's department",
  member: "an agent of the ticket's department",
  admin: 'an admin',
};

const STEP_NAMES: Record<TicketAction | 'follow_up', string> = {
  start: 'start work on',
  escalate: 'send to a department',
  return: 'return',
  resolve: 'resolve',
  follow_up: 'record a follow-up for',
  close: 'close',
  reopen: 'reopen',
};

const DONE_NAMES: Record<TicketAction | 'follow_up', string> = {
  start: 'started',
  escalate: 'sent to a department',
  return: 'returned',
  resolve: 'resolved',
  follow_up: 'followed up',
  close: 'closed',
  reopen: 'reopened',
};

const STATUS_NAMES: Record<TicketStatus, string> = {
  new: 'new',
  in_progress: 'in progress',
  waiting_department: 'waiting for a department',
  returned: 'returned',
  resolved: 'resolved',
  followed_up: 'followed up',
  closed: 'closed',
};

function either(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/** Where the step leads, or the refusal to show as it is. Pure: the unit tests walk the table. */
export function decide(
  step: TicketAction | 'follow_up',
  status: TicketStatus,
  parties: ReadonlySet<Party>,
): { ok: true; to: TicketStatus } | { ok: false; error: ServiceError } {
  const rule = TRANSITIONS[step];
  if (!rule.by.some((p) => parties.has(p))) {
    const who = either(rule.by.map((p) => PARTY_NAMES[p]));
    const message = `Only ${who} can ${STEP_NAMES[step]} this ticket.`;
    return { ok: false, error: new ServiceError('forbidden', message) };
  }
  if (!rule.from.includes(status)) {
    const allowed = either(rule.from.map((s) => STATUS_NAMES[s]));
    const message = `This ticket is ${STATUS_NAMES[status]}: only a ticket that is ${allowed} can be ${DONE_NAMES[step]}.`;
    return { ok: false, error: new ServiceError('conflict', message) };
  }
  return { ok: true, to: rule.to };
}

/** `decide`, throwing the refusal. */
export function nextStatus(
  step: TicketAction | 'follow_up',
  status: TicketStatus,
  parties: ReadonlySet<Party>,
): TicketStatus {
  const decision = decide(step, status, parties);
  if (!decision.ok) throw decision.error;
  return decision.to;
}

/** Reassigning and editing priority or due time: the owner, a department contact, an admin. */
export function mayManage(parties: ReadonlySet<Party>): boolean {
  return parties.has('owner') || parties.has('contact') || parties.has('admin');
}

import type {
  TicketAssignInput,
  TicketCreateInput,
  TicketFollowUpInput,
  TicketFromLeftMessageInput,
  TicketReplyInput,
  TicketStatusInput,
  TicketUpdateInput,
} from '../../protocol/schemas/tickets.ts';
import type { TicketContacts, TicketDetail, TicketList } from '../../protocol/tickets.ts';
import { request, type Result } from '../rest.ts';

const ticketPath = (id: string, action = '') => `/api/tickets/${encodeURIComponent(id)}${action}`;

export function fetchTickets(params: URLSearchParams): Promise<Result<TicketList>> {
  return request('GET', `/api/tickets?${params}`);
}

export function fetchTicket(id: string): Promise<Result<TicketDetail>> {
  return request('GET', ticketPath(id));
}

export function createTicket(input: TicketCreateInput): Promise<Result<TicketDetail>> {
  return request('POST', '/api/tickets', { json: input });
}

/** 留言 → 工单; asking again for the same message answers with the ticket made the first time. */
export function ticketFromLeftMessage(
  input: TicketFromLeftMessageInput,
): Promise<Result<TicketDetail>> {
  return request('POST', '/api/tickets/from-left-message', { json: input });
}

/** Every change names the version the agent saw; a stale one is refused (409). */
export type TicketChange =
  | { kind: 'status'; input: TicketStatusInput }
  | { kind: 'assign'; input: TicketAssignInput }
  | { kind: 'update'; input: TicketUpdateInput }
  | { kind: 'follow_up'; input: TicketFollowUpInput }
  | { kind: 'note'; body: string }
  | { kind: 'reply'; input: TicketReplyInput };

export function changeTicket(id: string, change: TicketChange): Promise<Result<TicketDetail>> {
  switch (change.kind) {
    case 'status':
      return request('POST', ticketPath(id, '/status'), { json: change.input });
    case 'assign':
      return request('POST', ticketPath(id, '/assign'), { json: change.input });
    case 'update':
      return request('PUT', ticketPath(id), { json: change.input });
    case 'follow_up':
      return request('POST', ticketPath(id, '/follow-up'), { json: change.input });
    case 'note':
      return request('POST', ticketPath(id, '/notes'), { json: { body: change.body } });
    case 'reply':
      return request('POST', ticketPath(id, '/replies'), { json: change.input });
  }
}

/** Admins: who receives each department's tickets. */
export function fetchTicketContacts(): Promise<Result<TicketContacts>> {
  return request('GET', '/api/admin/ticket-contacts');
}

export function saveTicketContacts(
  departmentId: string,
  agentIds: string[],
): Promise<Result<TicketContacts>> {
  const path = `/api/admin/ticket-contacts/${encodeURIComponent(departmentId)}`;
  return request('PUT', path, { json: { agentIds } });
}

import { Router, type Request } from 'express';
import type { OverdueTickets, TicketContacts } from '../../protocol/index.ts';
import { ticketContactsSchema } from '../../protocol/schemas/tickets.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listTicketContacts, setTicketContacts } from '../services/tickets/contacts.ts';
import { overdueTickets } from '../services/tickets/list.ts';
import { checkIds, parseInput } from './parse-input.ts';

type ById = Request<{ id: string }>;

/** Supervisors' 工单 pages: the overdue list and who receives each department's tickets. */
export function adminTicketsRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  checkIds(router);

  router.get('/api/admin/tickets/overdue', async (_req, res) => {
    res.json((await overdueTickets(deps)) satisfies OverdueTickets);
  });

  router.get('/api/admin/ticket-contacts', async (_req, res) => {
    res.json((await listTicketContacts(deps)) satisfies TicketContacts);
  });

  router.put('/api/admin/ticket-contacts/:id', async (req: ById, res) => {
    const input = parseInput(ticketContactsSchema, req.body);
    const contacts = await setTicketContacts(deps, req.params.id, input.agentIds);
    res.json(contacts satisfies TicketContacts);
  });
  return router;
}

import { Router, type Request } from 'express';
import type { TicketDetail, TicketList } from '../../protocol/index.ts';
import {
  ticketAssignSchema,
  ticketCreateSchema,
  ticketFollowUpSchema,
  ticketFromLeftMessageSchema,
  ticketListQuerySchema,
  ticketNoteSchema,
  ticketReplySchema,
  ticketStatusSchema,
  ticketUpdateSchema,
} from '../../protocol/schemas/tickets.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { assignTicket, updateTicket } from '../services/tickets/assign.ts';
import { changeTicketStatus, recordFollowUp } from '../services/tickets/change.ts';
import { createTicket, ticketFromLeftMessage } from '../services/tickets/create.ts';
import { getTicket, listTickets } from '../services/tickets/list.ts';
import { addTicketNote, addTicketReply } from '../services/tickets/timeline.ts';
import { noStore } from './no-store.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/** A guard before the handler hides the path's parameters from Express's types. */
type ById = Request<{ id: string }>;

/**
 * 工单: every signed-in agent, each seeing the tickets they own, their departments' and those
 * of the departments they are a contact of (admins: all). Each change answers with the ticket
 * and its whole timeline.
 */
export function ticketsRouter(deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>): Router {
  const router = Router();
  checkIds(router);
  router.use('/api/tickets', sameOriginJson(), requireAgent(deps), noStore);
  const me = (res: Parameters<typeof signedInAgent>[0]) => signedInAgent(res).agent.id;

  router.get('/api/tickets', async (req, res) => {
    const query = parseInput(ticketListQuerySchema, req.query);
    res.json((await listTickets(deps, me(res), query)) satisfies TicketList);
  });

  router.post('/api/tickets', async (req, res) => {
    const input = parseInput(ticketCreateSchema, req.body);
    res.status(201).json((await createTicket(deps, me(res), input)) satisfies TicketDetail);
  });

  router.post('/api/tickets/from-left-message', async (req, res) => {
    const input = parseInput(ticketFromLeftMessageSchema, req.body);
    const { detail, created } = await ticketFromLeftMessage(deps, me(res), input);
    res.status(created ? 201 : 200).json(detail satisfies TicketDetail);
  });

  router.get('/api/tickets/:id', async (req: ById, res) => {
    res.json((await getTicket(deps, me(res), req.params.id)) satisfies TicketDetail);
  });

  router.put('/api/tickets/:id', async (req: ById, res) => {
    const input = parseInput(ticketUpdateSchema, req.body);
    res.json((await updateTicket(deps, me(res), req.params.id, input)) satisfies TicketDetail);
  });

  router.post('/api/tickets/:id/status', async (req: ById, res) => {
    const input = parseInput(ticketStatusSchema, req.body);
    const detail = await changeTicketStatus(deps, me(res), req.params.id, input);
    res.json(detail satisfies TicketDetail);
  });

  router.post('/api/tickets/:id/assign', async (req: ById, res) => {
    const input = parseInput(ticketAssignSchema, req.body);
    res.json((await assignTicket(deps, me(res), req.params.id, input)) satisfies TicketDetail);
  });

  router.post('/api/tickets/:id/notes', async (req: ById, res) => {
    const input = parseInput(ticketNoteSchema, req.body);
    const detail = await addTicketNote(deps, me(res), req.params.id, input.body);
    res.status(201).json(detail satisfies TicketDetail);
  });

  router.post('/api/tickets/:id/replies', async (req: ById, res) => {
    const input = parseInput(ticketReplySchema, req.body);
    const detail = await addTicketReply(deps, me(res), req.params.id, input);
    res.status(201).json(detail satisfies TicketDetail);
  });

  router.post('/api/tickets/:id/follow-up', async (req: ById, res) => {
    const input = parseInput(ticketFollowUpSchema, req.body);
    res.json((await recordFollowUp(deps, me(res), req.params.id, input)) satisfies TicketDetail);
  });
  return router;
}

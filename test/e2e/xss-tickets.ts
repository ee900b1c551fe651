import type { TicketDetail } from '../../protocol/index.ts';
import { expectJson } from '../helpers/admin-api.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { hostile, short } from './xss-trap.ts';

/** Hostile text in every field of a 工单 a person reads, and in each kind of timeline entry. */
export const TICKET = {
  title: `杯子碎了 ${short('ticket-title')}`,
  description: hostile('ticket-description'),
  customerName: short('ticket-name'),
  customerContact: `13800000000 ${short('ticket-contact')}`,
  note: hostile('ticket-note'),
  reply: hostile('ticket-reply'),
  reason: `${short('ticket-reason')} 缺少订单号`,
  resolution: hostile('ticket-resolution'),
  followUp: hostile('ticket-follow-up'),
};

/**
 * A complaint made by hand and taken through its steps over REST, as an admin: noted, replied
 * to, sent to `department`, returned with a reason, resolved and followed up. Returns its ref.
 */
export async function plantTicket(url: string, cookie: string, department: string) {
  const send = async (method: string, path: string, body: unknown, status = 200) =>
    (await expectJson<TicketDetail>(await consoleRequest(url, method, path, cookie, body), status))
      .ticket;
  const t = TICKET;
  let ticket = await send(
    'POST',
    '/api/tickets',
    {
      type: 'complaint',
      departmentId: 'general',
      title: t.title,
      description: t.description,
      customerName: t.customerName,
      customerContact: t.customerContact,
    },
    201,
  );
  const path = `/api/tickets/${ticket.id}`;
  const step = async (body: Record<string, unknown>) =>
    (ticket = await send('POST', `${path}/status`, { version: ticket.version, ...body }));
  await send('POST', `${path}/notes`, { body: t.note }, 201);
  await send('POST', `${path}/replies`, { body: t.reply, public: true }, 201);
  await step({ action: 'escalate', departmentId: department });
  await step({ action: 'return', reason: t.reason });
  await step({ action: 'start' });
  await step({ action: 'resolve', resolution: t.resolution });
  ticket = await send('POST', `${path}/follow-up`, {
    version: ticket.version,
    method: 'phone',
    result: t.followUp,
    satisfaction: 2,
  });
  return ticket.ref;
}

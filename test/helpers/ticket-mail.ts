import { expect } from 'vitest';
import type { TicketEvent } from '../../protocol/index.ts';
import { ok, type TicketDesk } from './tickets.ts';

/** Mail events of a ticket's timeline, as read by an agent. */
export async function mailEvents(desk: TicketDesk, ticketId: string): Promise<TicketEvent[]> {
  const { timeline } = await ok(desk, 'mei', 'GET', `/api/tickets/${ticketId}`);
  return timeline.filter((e) => e.kind === 'mailed' || e.kind === 'mail_failed');
}

/** Mei's reply to the customer (or to colleagues): the answer comes at once, mail or not. */
export async function reply(desk: TicketDesk, ticketId: string, body: string, isPublic = true) {
  const detail = await ok(desk, 'mei', 'POST', `/api/tickets/${ticketId}/replies`, {
    body,
    public: isPublic,
  });
  const last = detail.timeline.at(-1);
  expect(last).toMatchObject({ kind: 'reply', details: { body, public: isPublic } });
  return { detail, at: last?.at };
}

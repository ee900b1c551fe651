import type { TicketDetail } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { visibleTicket } from './access.ts';
import { commit } from './commit.ts';
import { mayManage } from './lifecycle.ts';
import { presentDetail } from './present.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

/**
 * Notes and replies only add to the timeline: they leave the version alone, so a colleague's
 * note never makes someone's status change conflict. Anyone who may see the ticket can note.
 */
export async function addTicketNote(
  deps: Deps,
  agentId: string,
  ticketId: string,
  body: string,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket } = await visibleTicket(deps, agent, ticketId);
  const after = await commit(
    deps,
    ticket,
    {},
    {},
    {
      kind: 'note',
      actorAgentId: agent.id,
      fromStatus: null,
      toStatus: null,
      details: { body },
      at: deps.clock.now().toISOString(),
    },
  );
  return presentDetail(deps, after);
}

/**
 * A reply: `public` ones are meant for the customer (left in their chat: `reply-to-chat.ts`, and
 * e-mailed to them when SMTP is set up and their contact is an address: `reply-mail.ts`), private
 * ones answer colleagues.
 * Those who may act on the ticket reply.
 */
export async function addTicketReply(
  deps: Deps,
  agentId: string,
  ticketId: string,
  input: { body: string; public: boolean },
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket, parties } = await visibleTicket(deps, agent, ticketId);
  if (!mayManage(parties)) {
    throw new ServiceError(
      'forbidden',
      "Only the ticket's owner, a contact of its department or an admin can reply; add a note instead.",
    );
  }
  const at = deps.clock.now().toISOString();
  // Named in the timeline first, so the chat gets this reply once however often it is delivered.
  const messageId = input.public ? newId() : null;
  const after = await commit(
    deps,
    ticket,
    {},
    {},
    {
      kind: 'reply',
      actorAgentId: agent.id,
      fromStatus: null,
      toStatus: null,
      details: { body: input.body, public: input.public, ...(messageId && { messageId }) },
      at,
    },
  );
  deps.events.emit('ticket.replied', {
    ticket: after,
    agentId: agent.id,
    body: input.body,
    public: input.public,
    messageId,
    at,
  });
  return presentDetail(deps, after);
}

import type { Logger } from '../../logger.ts';
import type { TicketEventRow, TicketRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import type { DomainEvents } from '../events.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

/** Replies older than this are not looked for again at start-up: the customer has moved on. */
const REDELIVER_DAYS = 30;

export interface ChatReply {
  /** Chosen before the reply is stored and kept in its timeline event: the message's id. */
  messageId: string;
  body: string;
  agent: { id: string; name: string };
  at: string;
}

/**
 * Leaves a public reply in the customer's chat, where the widget shows it (with its unread
 * badge) the next time it opens, or at once when it is open: the newest conversation of the
 * visitor the ticket came from (or of the customer that browser was merged into), a new one when
 * they never chatted. The message takes the id the reply's timeline event names, so delivering
 * it again never makes a second one.
 */
export async function replyToChat(
  deps: Deps,
  ticket: TicketRow,
  reply: ChatReply,
): Promise<boolean> {
  if (ticket.visitorId === null) return false;
  if (await deps.store.messages.get(reply.messageId)) return false;
  const visitorId = await deps.store.visitorIdentity.actingVisitor(ticket.visitorId);
  // The customer's data was erased: there is no chat to leave it in.
  if (visitorId === null) return false;
  const visitor = await deps.store.visitors.get(visitorId);
  if (!visitor) return false;
  let conversation = await deps.store.conversations.latestFor(visitorId);
  if (!conversation) {
    const opened = await deps.store.conversations.findOrCreateOpen({
      id: reply.messageId,
      visitorId,
      lang: visitor.lang,
      createdAt: deps.clock.now().toISOString(),
    });
    conversation = opened.conversation;
    if (opened.created) deps.events.emit('conversation.created', conversation);
  }
  const { messages, duplicate } = await deps.store.messages.append(
    conversation.id,
    [
      {
        id: reply.messageId,
        author: 'agent',
        kind: 'ticket_reply',
        body: reply.body,
        faqId: null,
        payload: {
          agent: { id: reply.agent.id, name: reply.agent.name },
          ticket: { id: ticket.id, ref: ticket.ref },
        },
        createdAt: reply.at,
      },
    ],
    { clientId: reply.messageId },
  );
  const [stored] = messages;
  if (stored && !duplicate) deps.events.emit('message.created', stored);
  return !duplicate;
}

/**
 * Each public reply goes to the chat once stored, one after another so they arrive in the order
 * they were written; a failure is logged and the reply waits for the next start-up.
 */
export function replyToChatsOnEvents(events: DomainEvents, deps: Deps, logger: Logger): void {
  let queue = Promise.resolve();
  events.on('ticket.replied', (reply) => {
    const { messageId, body, at, ticket } = reply;
    if (!reply.public || messageId === null) return;
    queue = queue.then(async () => {
      try {
        const agent = await deps.store.agents.get(reply.agentId);
        if (!agent) return;
        await replyToChat(deps, ticket, { messageId, body, agent, at });
      } catch (err) {
        logger.error({ err, ticket: ticket.ref }, 'tickets: reply not left in the chat');
      }
    });
  });
}

/**
 * Start-up: a public reply stored just before the server stopped may not have reached the chat
 * yet. Each recent one whose message is missing (found in one query) is delivered now.
 */
export async function redeliverChatReplies(deps: Deps): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - REDELIVER_DAYS * 86_400_000).toISOString();
  let delivered = 0;
  for (const event of await deps.store.tickets.undeliveredRepliesSince(since)) {
    const reply = await replyOf(deps, event);
    if (!reply) continue;
    const ticket = await deps.store.tickets.get(event.ticketId);
    if (!ticket) continue;
    if (await replyToChat(deps, ticket, reply)) delivered += 1;
  }
  return delivered;
}

async function replyOf(deps: Deps, event: TicketEventRow): Promise<ChatReply | null> {
  const { messageId, body } = event.details;
  if (typeof messageId !== 'string' || typeof body !== 'string') return null;
  const agent = event.actorAgentId ? await deps.store.agents.get(event.actorAgentId) : null;
  if (!agent) return null;
  return { messageId, body, agent, at: event.at };
}

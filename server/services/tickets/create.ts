import type { z } from 'zod';
import type { TicketDetail, TicketPriority, TicketType } from '../../../protocol/index.ts';
import type {
  ticketCreateSchema,
  ticketFromLeftMessageSchema,
} from '../../../protocol/schemas/tickets.ts';
import { visitorCode } from '../../presenters/conversation.ts';
import type { AgentRow, ConversationRow } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { readableTranscript } from '../transcripts/open.ts';
import { activeOwner, existingDepartment, openTicket, titleOf } from './open.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

/** By hand in the console; the agent owns it unless they name someone else (or nobody). */
export async function createTicket(
  deps: Deps,
  agentId: string,
  input: z.output<typeof ticketCreateSchema>,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const conversation = input.conversationId
    ? await readableTranscript(deps, agent, input.conversationId)
    : null;
  const { detail } = await openTicket(deps, agent, {
    type: input.type,
    priority: input.priority,
    departmentId: await existingDepartment(deps, input.departmentId),
    ownerId: await activeOwner(deps, input.ownerId === undefined ? agent.id : input.ownerId),
    title: input.title,
    description: input.description,
    customerName: input.customerName,
    customerContact: input.customerContact,
    visitorId: conversation?.visitorId ?? null,
    source: 'manual',
    conversationId: conversation?.id ?? null,
    leftMessageId: null,
  });
  return detail;
}

/**
 * 留言 → 工单: the message's text and contact become the ticket's, the agent owns it, and the
 * message is marked handled with the ticket's reference in the same step. Asking again gives
 * the same ticket (`created` false).
 */
export async function ticketFromLeftMessage(
  deps: Deps,
  agentId: string,
  input: z.output<typeof ticketFromLeftMessageSchema>,
): Promise<{ detail: TicketDetail; created: boolean }> {
  const agent = await currentAgent(deps, agentId);
  const message = await deps.store.leftMessages.get(input.leftMessageId);
  if (!message) throw new ServiceError('not_found', 'There is no such message.');
  const departmentId =
    input.departmentId ?? message.departmentId ?? (await deps.store.departments.getDefault())?.id;
  if (departmentId === undefined) {
    throw new ServiceError('invalid_input', 'departmentId: name the department to handle it');
  }
  const at = deps.clock.now().toISOString();
  return openTicket(
    deps,
    agent,
    {
      type: input.type,
      priority: input.priority,
      departmentId: await existingDepartment(deps, departmentId),
      ownerId: agent.id,
      title: titleOf(message.body, message.name),
      description: message.body,
      customerName: message.name,
      customerContact: message.contact,
      visitorId: message.visitorId,
      source: 'left_message',
      conversationId: null,
      leftMessageId: message.id,
    },
    { at, by: agent.id, note: (ref) => `工单 Ticket ${ref}` },
  );
}

export interface ClosedChatTicket {
  type: TicketType;
  priority: TicketPriority;
  departmentId: string;
  summary: string;
}

/**
 * A chat closed as a complaint, or marked for follow-up: the closing agent owns the ticket.
 * One ticket per conversation, however often the close is sent.
 */
export async function ticketFromClosedChat(
  deps: Deps,
  agent: AgentRow,
  conversation: ConversationRow,
  close: ClosedChatTicket,
): Promise<TicketDetail> {
  const messages = await deps.store.messages.listAfter(conversation.id, 0);
  const question = messages.find((m) => m.author === 'visitor')?.body ?? '';
  const { detail } = await openTicket(deps, agent, {
    type: close.type,
    priority: close.priority,
    departmentId: close.departmentId,
    ownerId: agent.id,
    title: titleOf(
      close.summary || question,
      `访客 Visitor ${visitorCode(conversation.visitorId)}`,
    ),
    description: [close.summary, question].filter(Boolean).join('\n\n'),
    customerName: null,
    customerContact: null,
    visitorId: conversation.visitorId,
    source: 'conversation',
    conversationId: conversation.id,
    leftMessageId: null,
  });
  return detail;
}

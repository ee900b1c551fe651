import type { ChatMessage } from '../../protocol/index.ts';
import type { MessageRow } from '../store/types.ts';

/**
 * The only way a stored message reaches a visitor (and the console, which sees the same
 * messages). It copies the fields the visitor may see, one by one, so internal columns
 * (reply links, the page, agent ids) never leak. Notes are not messages at all.
 */
export function presentForVisitor(row: MessageRow): ChatMessage {
  const message: ChatMessage = {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    clientId: row.clientId,
    author: row.author,
    kind: row.kind,
    body: row.body,
    createdAt: row.createdAt,
  };
  if (row.payload.agent) message.authorName = row.payload.agent.name;
  if (row.faqId) message.faqId = row.faqId;
  if (row.payload.suggestions) message.suggestions = row.payload.suggestions;
  if (row.payload.actions) message.actions = row.payload.actions;
  if (row.payload.ticket) message.ticketRef = row.payload.ticket.ref;
  const file = row.payload.attachment;
  if (file) {
    message.attachment = { name: file.name, type: file.type, size: file.size, image: file.image };
  }
  if (row.kind === 'answer')
    message.feedback = row.helpful === null ? null : row.helpful ? 'up' : 'down';
  return message;
}

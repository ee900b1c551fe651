import type { ChatMessage } from '../../protocol/index.ts';
import type { MessageRow } from '../store/types.ts';

/**
 * The only way a stored message reaches a visitor. It copies the fields the visitor may
 * see, one by one, so internal columns (reply links, later agent notes) never leak.
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
  if (row.faqId) message.faqId = row.faqId;
  if (row.payload.suggestions) message.suggestions = row.payload.suggestions;
  if (row.payload.actions) message.actions = row.payload.actions;
  if (row.kind === 'answer')
    message.feedback = row.helpful === null ? null : row.helpful ? 'up' : 'down';
  return message;
}

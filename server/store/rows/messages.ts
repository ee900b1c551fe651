/** A messages row as both engines select it (payload as JSON, helpful 0/1), and its mapper. */
import type { Author, MessageKind } from '../../../protocol/index.ts';
import type { MessagePayload, MessageRow } from '../types.ts';

export interface MessageRaw {
  id: string;
  conversation_id: string;
  seq: number;
  client_id: string | null;
  reply_to: string | null;
  author: Author;
  kind: MessageKind;
  body: string;
  faq_id: string | null;
  payload: string;
  created_at: string;
  helpful: number | null;
}

export const toMessageRow = (r: MessageRaw): MessageRow => ({
  id: r.id,
  conversationId: r.conversation_id,
  seq: r.seq,
  clientId: r.client_id,
  replyTo: r.reply_to,
  author: r.author,
  kind: r.kind,
  body: r.body,
  faqId: r.faq_id,
  payload: JSON.parse(r.payload) as MessagePayload,
  createdAt: r.created_at,
  helpful: r.helpful === null ? null : r.helpful === 1,
});

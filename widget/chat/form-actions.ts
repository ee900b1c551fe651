import type { Rating } from '../../protocol/conversation.ts';
import type { LeftMessageSendInput, RatingSendInput } from '../../protocol/schemas/visitor.ts';
import type { ChatClient } from './client.ts';
import { ACK_MS } from './timeouts.ts';

export type LeftMessageFields = Pick<LeftMessageSendInput, 'name' | 'contact' | 'body'>;
export type LeaveField = keyof LeftMessageFields;

/**
 * Sent; or refused: `slow` when the server asked the visitor to slow down (rate limit), with the
 * server's reason when the input was at fault (`invalid`; null otherwise, e.g. unreachable).
 */
export type LeaveResult = { ok: true } | { ok: false; slow: boolean; invalid: string | null };

/** How a form's request ended: sent, refused as too quick (try again in a moment), or not sent. */
export type Sent = 'sent' | 'slow' | 'failed';

/** Which field of the form a server's `invalid_input` message ("contact: …") is about, if any. */
export function refusedField(message: string): LeaveField | null {
  const field = /^(name|contact|body):/.exec(message)?.[1];
  return field === 'name' || field === 'contact' || field === 'body' ? field : null;
}

/** One clientId per form, kept across attempts: a resend after a lost ack stores nothing twice. */
export async function sendLeftMessage(
  client: ChatClient,
  clientId: string,
  fields: LeftMessageFields,
): Promise<LeaveResult> {
  const { socket, page } = client;
  const input: LeftMessageSendInput = { clientId, ...fields };
  if (page) input.page = page;
  const ack = socket.connected
    ? await socket
        .timeout(ACK_MS)
        .emitWithAck('leftMessage.send', input)
        .catch(() => null)
    : null;
  if (ack?.ok) {
    client.update({ leave: { reason: null, sent: true }, left: true });
    return { ok: true };
  }
  const code = ack?.error.code;
  return {
    ok: false,
    slow: code === 'rate_limited',
    invalid: code === 'invalid_input' ? (ack?.error.message ?? null) : null,
  };
}

/** Anything but 'sent' when the rating could not be sent, so the form can say why and stay. */
export async function sendRating(
  client: ChatClient,
  conversationId: string,
  score: Rating,
  comment: string,
): Promise<Sent> {
  const { socket } = client;
  const input: RatingSendInput = { conversationId, score };
  if (comment.trim()) input.comment = comment;
  const ack = socket.connected
    ? await socket
        .timeout(ACK_MS)
        .emitWithAck('rating.send', input)
        .catch(() => null)
    : null;
  if (ack?.ok) {
    client.update({ conversation: ack.data });
    return 'sent';
  }
  const code = ack?.error.code;
  if (code === 'rate_limited') return 'slow';
  // Rated meanwhile in another tab: the server's state says so.
  if (code !== 'conflict') return 'failed';
  client.sync();
  return 'sent';
}

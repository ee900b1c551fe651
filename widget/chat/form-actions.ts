import type { Rating } from '../../protocol/conversation.ts';
import type { LeftMessageSendInput, RatingSendInput } from '../../protocol/schemas/visitor.ts';
import type { ChatClient } from './client.ts';
import { ACK_MS } from './timeouts.ts';

export type LeftMessageFields = Pick<LeftMessageSendInput, 'name' | 'contact' | 'body'>;
export type LeaveField = keyof LeftMessageFields;

/** Sent; or refused, with the server's reason when the input was at fault (null: unreachable). */
export type LeaveResult = { ok: true } | { ok: false; invalid: string | null };

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
    client.update({ leave: { reason: null, sent: true } });
    return { ok: true };
  }
  return { ok: false, invalid: ack?.error.code === 'invalid_input' ? ack.error.message : null };
}

/** Resolves false when the rating could not be sent, so the form can say so and stay. */
export async function sendRating(
  client: ChatClient,
  conversationId: string,
  score: Rating,
  comment: string,
): Promise<boolean> {
  const { socket } = client;
  const input: RatingSendInput = { conversationId, score };
  if (comment.trim()) input.comment = comment;
  const ack = socket.connected
    ? await socket
        .timeout(ACK_MS)
        .emitWithAck('rating.send', input)
        .catch(() => null)
    : null;
  if (ack?.ok) client.update({ conversation: ack.data });
  // Rated meanwhile in another tab: the server's state says so.
  else if (ack?.error.code === 'conflict') client.sync();
  return ack !== null && (ack.ok || ack.error.code === 'conflict');
}

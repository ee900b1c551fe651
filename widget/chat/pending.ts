import type { ChatMessage } from '../../protocol/message.ts';
import { RETRY_MS } from './timeouts.ts';

/** A message the visitor sent that the server has not acknowledged yet. */
export interface Pending {
  clientId: string;
  body: string;
  faqId?: string;
  /** Set when the server refused it for a reason a retry may fix (an error): Retry sends it. */
  failed?: boolean;
  /** Set when the server asked the visitor to slow down (rate limit): it goes again by itself. */
  slow?: boolean;
}

/** Ids the server accepts: 32 hex characters, also outside secure contexts (no randomUUID there). */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function enqueue(queue: readonly Pending[], body: string, faqId?: string): Pending[] {
  const item: Pending = faqId
    ? { clientId: newClientId(), body, faqId }
    : { clientId: newClientId(), body };
  return [...queue, item];
}

/** Drops what the server has stored: a stored message with the same clientId settles it. */
export function settle(queue: readonly Pending[], stored: readonly ChatMessage[]): Pending[] {
  const done = new Set(stored.map((m) => m.clientId));
  return queue.filter((p) => !done.has(p.clientId));
}

export function remove(queue: readonly Pending[], clientId: string): Pending[] {
  return queue.filter((p) => p.clientId !== clientId);
}

export function mark(
  queue: readonly Pending[],
  clientId: string,
  flags: Pick<Pending, 'failed' | 'slow'>,
): Pending[] {
  return queue.map((p) => (p.clientId === clientId ? { ...p, ...flags } : p));
}

/** What to send again after a reconnect: everything unacknowledged, oldest first. */
export function toResend(queue: readonly Pending[]): Pending[] {
  return queue.map((p) => ({ ...p, failed: false }));
}

/**
 * What goes out next: the oldest message, one at a time, so none overtakes another (one held
 * back by the rate limit goes again before anything written after it). A failed one waits for
 * the visitor's retry.
 */
export function nextToSend(queue: readonly Pending[]): Pending | undefined {
  return queue.find((p) => !p.failed);
}

/** How long the outbox waits after "slow down": the server's hint (else 3 s), within 0.5–60 s. */
export function slowPause(retryAfterMs?: number): number {
  return Math.min(Math.max(retryAfterMs || RETRY_MS, 500), 60_000);
}

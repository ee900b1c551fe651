import type { ChatMessage } from '../../../protocol/index.ts';

/** What the delivery clients share: their timings and what they write down. */

/** How long an ack may take before the request counts as lost and goes out again. */
export const ACK_MS = 5_000;
/** The pause before connecting again after a hang-up on purpose or a refused handshake. */
export const RETRY_MS = 200;

/**
 * Socket.IO's own reconnection, as the widget and console use it, but quicker to come back:
 * a restarted server is there again within seconds, and tests should not wait longer.
 */
export const RECONNECT = {
  transports: ['websocket'],
  forceNew: true,
  reconnection: true,
  reconnectionDelay: 100,
  reconnectionDelayMax: 1_000,
};

/** A message as its author wrote it, before the server gave it an id or a seq. */
export interface Written {
  clientId: string;
  body: string;
  /** When it was written: `performance.now()` in the process running the clients. */
  at: number;
}

/**
 * When each message from the other side of a chat first showed, by clientId: `performance.now()`,
 * as `Written.at`, so that the two give how long it took to arrive.
 */
export function noteArrivals(
  arrivals: Map<string, number>,
  incoming: readonly ChatMessage[],
  from: ChatMessage['author'],
): void {
  const now = performance.now();
  for (const m of incoming) {
    if (m.author === from && m.clientId !== null && !arrivals.has(m.clientId)) {
      arrivals.set(m.clientId, now);
    }
  }
}

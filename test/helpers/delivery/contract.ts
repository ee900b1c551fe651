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
}

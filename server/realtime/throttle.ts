import type { IncomingMessage } from 'node:http';
import type { Ack, VisitorToServer } from '../../protocol/index.ts';
import type { RateLimits, Wait } from '../abuse/rate-limits.ts';
import type { Logger } from '../logger.ts';
import type { AgentSocket } from './agent/types.ts';
import { inOrder } from './in-order.ts';
import type { VisitorSocket } from './visitor/types.ts';

/** The rate limits, and the address a connection counts under (by the 'trust proxy' rule). */
export interface SocketLimits {
  rates: RateLimits;
  addressOf(req: IncomingMessage): string;
}

/** What a visitor writes: these count against their own limits and their address's. */
const VISITOR_WRITES: ReadonlySet<string> = new Set<keyof VisitorToServer>([
  'message.send',
  'leftMessage.send',
  'preChat.send',
  'rating.send',
  'feedback.send',
  'handoff.request',
]);

/** What throttling needs of a socket: Socket.IO's per-socket middleware. */
interface Gated {
  use(fn: (event: [string, ...unknown[]], next: (err?: Error) => void) => void): unknown;
}

export function rateLimited(retryAfterMs: number): Ack<never> {
  return {
    ok: false,
    error: {
      code: 'rate_limited',
      message: 'You are sending too fast. Please wait a moment, then send again.',
      retryAfterMs,
    },
  };
}

/**
 * Checks every event on the socket before its handler runs: `wait` says how long the sender must
 * wait, or null. A refused event runs nothing, so nothing is stored; its ack (if it asked for
 * one) is `rate_limited` with `retryAfterMs`. A failing check lets the event through: a broken
 * limiter store must not stop the chat.
 */
export function throttle(
  socket: Gated,
  logger: Logger,
  wait: (event: string) => Promise<Wait>,
): void {
  // Checks may take different times (a shared limiter store): events still pass in order.
  const checks = inOrder();
  socket.use(([event, ...args], next) => {
    checks(() => wait(event)).then(
      (ms) => {
        if (ms === null) return next();
        const ack = args.at(-1);
        if (typeof ack === 'function') ack(rateLimited(ms));
      },
      (err: unknown) => {
        logger.error({ err, event }, 'rate limit check failed');
        next();
      },
    );
  });
}

/** Every event against the socket's limit; a write also against the visitor's and the address's. */
export function throttleVisitor(socket: VisitorSocket, limits: SocketLimits, logger: Logger): void {
  const address = limits.addressOf(socket.request);
  const { visitorId } = socket.data;
  throttle(socket, logger, async (event) => {
    const wait = await limits.rates.event(socket.id);
    if (wait !== null || !VISITOR_WRITES.has(event)) return wait;
    return limits.rates.write(visitorId, address);
  });
}

/** A console socket: every event against the socket's limit. */
export function throttleAgent(socket: AgentSocket, limits: SocketLimits, logger: Logger): void {
  throttle(socket, logger, () => limits.rates.event(socket.id));
}

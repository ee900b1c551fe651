import type { Request, RequestHandler } from 'express';
import type { RestError } from '../../protocol/index.ts';
import { addressKey } from '../abuse/address.ts';
import type { Wait } from '../abuse/rate-limits.ts';

/** The address a per-address limit counts under: req.ip follows 'trust proxy'. */
export function requestAddress(req: Request): string {
  return addressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/**
 * Refuses a request `wait` says must wait: 429 with Retry-After (whole seconds) and the error's
 * `retryAfterMs`, the same as a socket's rate_limited ack. The route does not run.
 */
export function rateLimit(wait: (req: Request) => Promise<Wait>, message: string): RequestHandler {
  return async (req, res, next) => {
    const ms = await wait(req);
    if (ms === null) return next();
    res.set('Retry-After', String(Math.ceil(ms / 1000)));
    res.status(429).json({
      error: { code: 'rate_limited', message, retryAfterMs: ms },
    } satisfies RestError);
  };
}

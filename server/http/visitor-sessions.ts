import { Router } from 'express';
import { sessionCreateSchema } from '../../protocol/schemas/visitor.ts';
import type { RateLimits } from '../abuse/rate-limits.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createVisitorSession } from '../services/visitor/create-session.ts';
import { parseInput } from './parse-input.ts';
import { rateLimit, requestAddress } from './rate-limit.ts';
import { sameOriginJson } from './same-origin.ts';

/**
 * A new visitor, for the chat app, which runs on Kefu's own origin and posts JSON: another
 * site's form cannot make visitors, like every other write under /api/. One address gets a
 * limited number a minute, so nobody mints identities to dodge the per-visitor limits.
 */
export function visitorSessionsRouter(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  rates: Pick<RateLimits, 'session'>,
): Router {
  const router = Router();
  router.post(
    '/api/visitor/sessions',
    sameOriginJson(),
    rateLimit(
      (req) => rates.session(requestAddress(req)),
      'Too many new visitors from this address. Try again after retryAfterMs.',
    ),
    async (req, res) => {
      // A bodyless POST is a request with no options, not a bad request.
      const input = parseInput(sessionCreateSchema, req.body ?? {});
      res.status(201).json(await createVisitorSession(deps, input));
    },
  );
  return router;
}

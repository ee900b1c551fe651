import { Router } from 'express';
import { sessionCreateSchema } from '../../protocol/schemas/visitor.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createVisitorSession } from '../services/visitor/create-session.ts';
import { parseInput } from './parse-input.ts';
import { sameOriginJson } from './same-origin.ts';

/**
 * A new visitor, for the chat app, which runs on Kefu's own origin and posts JSON: another
 * site's form cannot make visitors, like every other write under /api/.
 */
export function visitorSessionsRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  router.post('/api/visitor/sessions', sameOriginJson(), async (req, res) => {
    // A bodyless POST is a request with no options, not a bad request.
    const input = parseInput(sessionCreateSchema, req.body ?? {});
    res.status(201).json(await createVisitorSession(deps, input));
  });
  return router;
}

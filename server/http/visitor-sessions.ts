import { Router } from 'express';
import { sessionCreateSchema } from '../../protocol/schemas/visitor.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createVisitorSession } from '../services/visitor/create-session.ts';
import { describeIssue } from '../validation.ts';
import { sendError } from './errors.ts';

export function visitorSessionsRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  router.post('/api/visitor/sessions', async (req, res) => {
    // A bodyless POST is a request with no options, not a bad request.
    const parsed = sessionCreateSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, 400, 'invalid_input', describeIssue(parsed.error));
    res.status(201).json(await createVisitorSession(deps, parsed.data));
  });
  return router;
}

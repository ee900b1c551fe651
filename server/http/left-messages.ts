import { Router } from 'express';
import type { LeftMessage } from '../../protocol/index.ts';
import { leftMessageHandleSchema, leftMessageListSchema } from '../../protocol/schemas/desk.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listLeftMessages, markLeftMessageHandled } from '../services/desk/left-messages.ts';
import { describeIssue } from '../validation.ts';
import { sendError } from './errors.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/** Messages visitors left while nobody could answer, and how agents followed them up. */
export function leftMessagesRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  router.use('/api/left-messages', sameOriginJson(), requireAgent(deps), (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/api/left-messages', async (req, res) => {
    const parsed = leftMessageListSchema.safeParse(req.query);
    if (!parsed.success) return sendError(res, 400, 'invalid_input', describeIssue(parsed.error));
    const leftMessages = await listLeftMessages(deps, parsed.data.status);
    res.json({ leftMessages } satisfies { leftMessages: LeftMessage[] });
  });

  router.post('/api/left-messages/:id/handle', async (req, res) => {
    const parsed = leftMessageHandleSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'invalid_input', describeIssue(parsed.error));
    const { agent } = signedInAgent(res);
    const leftMessage = await markLeftMessageHandled(
      deps,
      agent.id,
      req.params.id,
      parsed.data.note,
    );
    res.json({ leftMessage } satisfies { leftMessage: LeftMessage });
  });
  return router;
}

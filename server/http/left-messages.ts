import { Router } from 'express';
import type { LeftMessage } from '../../protocol/index.ts';
import { leftMessageHandleSchema, leftMessageListSchema } from '../../protocol/schemas/desk.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listLeftMessages, markLeftMessageHandled } from '../services/desk/left-messages.ts';
import { noStore } from './no-store.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/** Messages visitors left while nobody could answer, and how agents followed them up. */
export function leftMessagesRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  checkIds(router);
  router.use('/api/left-messages', sameOriginJson(), requireAgent(deps), noStore);

  router.get('/api/left-messages', async (req, res) => {
    const input = parseInput(leftMessageListSchema, req.query);
    const leftMessages = await listLeftMessages(deps, input.status);
    res.json({ leftMessages } satisfies { leftMessages: LeftMessage[] });
  });

  router.post('/api/left-messages/:id/handle', async (req, res) => {
    const input = parseInput(leftMessageHandleSchema, req.body);
    const { agent } = signedInAgent(res);
    const leftMessage = await markLeftMessageHandled(deps, agent.id, req.params.id, input.note);
    res.json({ leftMessage } satisfies { leftMessage: LeftMessage });
  });
  return router;
}

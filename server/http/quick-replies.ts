import { Router, type Request } from 'express';
import type { QuickReply } from '../../protocol/index.ts';
import { quickReplySchema } from '../../protocol/schemas/desk.ts';
import type { ServiceDeps } from '../services/deps.ts';
import {
  createQuickReply,
  deleteQuickReply,
  listQuickReplies,
  updateQuickReply,
} from '../services/desk/quick-replies.ts';
import { noStore } from './no-store.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { requireAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/** A guard before the handler hides the path's parameters from Express's types. */
type ById = Request<{ id: string }>;

/** Canned replies: every agent reads them in the composer; admins keep the list. */
export function quickRepliesRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  checkIds(router);
  router.use('/api/quick-replies', sameOriginJson(), noStore);

  router.get('/api/quick-replies', requireAgent(deps), async (_req, res) => {
    const quickReplies = await listQuickReplies(deps);
    res.json({ quickReplies } satisfies { quickReplies: QuickReply[] });
  });

  router.post('/api/quick-replies', requireAgent(deps, 'admin'), async (req, res) => {
    const input = parseInput(quickReplySchema, req.body);
    const quickReply = await createQuickReply(deps, input);
    res.status(201).json({ quickReply } satisfies { quickReply: QuickReply });
  });

  router.put('/api/quick-replies/:id', requireAgent(deps, 'admin'), async (req: ById, res) => {
    const input = parseInput(quickReplySchema, req.body);
    const quickReply = await updateQuickReply(deps, req.params.id, input);
    res.json({ quickReply } satisfies { quickReply: QuickReply });
  });

  router.delete('/api/quick-replies/:id', requireAgent(deps, 'admin'), async (req: ById, res) => {
    await deleteQuickReply(deps, req.params.id);
    res.status(204).end();
  });
  return router;
}

import { Router } from 'express';
import type { GapList, GapResolveResult } from '../../protocol/index.ts';
import { gapListQuerySchema, gapResolveSchema } from '../../protocol/schemas/gaps.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listGaps } from '../services/faq/gaps/list-gaps.ts';
import { resolveGaps } from '../services/faq/gaps/resolve-gaps.ts';
import { adminJson } from './admin-json.ts';
import { parseInput } from './parse-input.ts';
import { signedInAgent } from './require-agent.ts';

/**
 * A new entry (up to 512 KB, as on /api/faq) with up to 5,000 question ids: more than the
 * app's general body limit. Parsed only after the admin check.
 */
const RESOLVE_BODY_LIMIT = '1mb';

/**
 * 知识缺口, admins only, like the rest of the knowledge base: the questions the bot did not
 * settle, grouped, and the one step that turns a group into an entry (or adds it to one).
 * Mounted before /api/faq/:id, which would otherwise take "gaps" for an entry id.
 */
export function faqGapsRouter(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
): Router {
  const router = Router();
  const admin = adminJson(deps, RESOLVE_BODY_LIMIT);

  router.get('/api/faq/gaps', ...admin, async (req, res) => {
    const input = parseInput(gapListQuerySchema, req.query);
    res.json((await listGaps(deps, input)) satisfies GapList);
  });

  router.post('/api/faq/gaps/resolve', ...admin, async (req, res) => {
    const input = parseInput(gapResolveSchema, req.body);
    const result = await resolveGaps(deps, signedInAgent(res).agent.id, input);
    res.json(result satisfies GapResolveResult);
  });
  return router;
}

import express, { Router, type RequestHandler } from 'express';
import type { GapList, GapResolveResult } from '../../protocol/index.ts';
import { gapListQuerySchema, gapResolveSchema } from '../../protocol/schemas/gaps.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listGaps } from '../services/faq/gaps/list-gaps.ts';
import { resolveGaps } from '../services/faq/gaps/resolve-gaps.ts';
import { describeIssue } from '../validation.ts';
import { sendError } from './errors.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

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
export function faqGapsRouter(deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq'>): Router {
  const router = Router();
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
  const admin = [
    sameOriginJson(),
    requireAgent(deps, 'admin'),
    noStore,
    express.json({ limit: RESOLVE_BODY_LIMIT }),
  ];

  router.get('/api/faq/gaps', ...admin, async (req, res) => {
    const parsed = gapListQuerySchema.safeParse(req.query);
    if (!parsed.success) return sendError(res, 400, 'invalid_input', describeIssue(parsed.error));
    res.json((await listGaps(deps, parsed.data)) satisfies GapList);
  });

  router.post('/api/faq/gaps/resolve', ...admin, async (req, res) => {
    const parsed = gapResolveSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'invalid_input', describeIssue(parsed.error));
    const result = await resolveGaps(deps, signedInAgent(res).agent.id, parsed.data);
    res.json(result satisfies GapResolveResult);
  });
  return router;
}

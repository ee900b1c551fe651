import { Router, type Request } from 'express';
import type {
  FaqEntryAdmin,
  FaqEntryDetail,
  FaqList,
  FaqTestResult,
} from '../../protocol/index.ts';
import {
  faqEntryInputSchema,
  faqEntryUpdateSchema,
  faqListQuerySchema,
  faqRestoreSchema,
  faqTestSchema,
} from '../../protocol/schemas/faq-admin.ts';
import { faqIdSchema } from '../../protocol/schemas/common.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createFaqEntry } from '../services/faq/admin/create-entry.ts';
import { deleteFaqEntry } from '../services/faq/admin/delete-entry.ts';
import { getFaqEntry } from '../services/faq/admin/get-entry.ts';
import { listFaqEntries } from '../services/faq/admin/list-entries.ts';
import { restoreFaqRevision } from '../services/faq/admin/restore-revision.ts';
import { testFaqQuestion } from '../services/faq/admin/test-question.ts';
import { updateFaqEntry } from '../services/faq/admin/update-entry.ts';
import { adminJson } from './admin-json.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { signedInAgent } from './require-agent.ts';

/**
 * An entry may hold 200 similar questions and a 10,000-character answer: more than the app's
 * general body limit. Parsed only after the admin check, so strangers cannot make us read it.
 */
const ENTRY_BODY_LIMIT = '512kb';

/** A guard before the handler hides the path's parameters from Express's types. */
type ById = Request<{ id: string }>;

/**
 * The knowledge base, admins only: agents answer with it but do not edit it. The guards sit
 * on each route, not on the /api/faq prefix, so the import and export routes keep their own.
 */
export function faqRouter(deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>): Router {
  const router = Router();
  checkIds(router, faqIdSchema);
  const admin = adminJson(deps, ENTRY_BODY_LIMIT);

  router.get('/api/faq', ...admin, async (req, res) => {
    const input = parseInput(faqListQuerySchema, req.query);
    res.json((await listFaqEntries(deps, input)) satisfies FaqList);
  });

  router.post('/api/faq', ...admin, async (req, res) => {
    const input = parseInput(faqEntryInputSchema, req.body);
    const entry = await createFaqEntry(deps, signedInAgent(res).agent.id, input);
    res.status(201).json({ entry } satisfies { entry: FaqEntryAdmin });
  });

  router.post('/api/faq/test', ...admin, (req, res) => {
    const input = parseInput(faqTestSchema, req.body);
    res.json(testFaqQuestion(deps, input.question) satisfies FaqTestResult);
  });

  router.get('/api/faq/:id', ...admin, async (req: ById, res) => {
    res.json((await getFaqEntry(deps, req.params.id)) satisfies FaqEntryDetail);
  });

  router.put('/api/faq/:id', ...admin, async (req: ById, res) => {
    const input = parseInput(faqEntryUpdateSchema, req.body);
    const agentId = signedInAgent(res).agent.id;
    const entry = await updateFaqEntry(deps, agentId, req.params.id, input);
    res.json({ entry } satisfies { entry: FaqEntryAdmin });
  });

  router.delete('/api/faq/:id', ...admin, async (req: ById, res) => {
    await deleteFaqEntry(deps, signedInAgent(res).agent.id, req.params.id);
    res.status(204).end();
  });

  router.post('/api/faq/:id/restore', ...admin, async (req: ById, res) => {
    const input = parseInput(faqRestoreSchema, req.body);
    const agentId = signedInAgent(res).agent.id;
    const entry = await restoreFaqRevision(deps, agentId, req.params.id, input.revisionId);
    res.json({ entry } satisfies { entry: FaqEntryAdmin });
  });
  return router;
}

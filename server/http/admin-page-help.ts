import { Router } from 'express';
import type { PageHelpView } from '../../protocol/index.ts';
import { helpRulesSaveSchema, noticesSaveSchema } from '../../protocol/schemas/page-help.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getPageHelp, saveHelpRules, saveNotices } from '../services/page-help/save.ts';
import { parseInput } from './parse-input.ts';

/** 页面帮助 and 公告: each list saved whole; behind the admin guard in admin.ts. */
export function adminPageHelpRouter(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'faq' | 'events'>,
): Router {
  const router = Router();

  router.get('/api/admin/page-help', (_req, res) => {
    res.json(getPageHelp(deps) satisfies PageHelpView);
  });

  router.put('/api/admin/page-help/rules', async (req, res) => {
    const input = parseInput(helpRulesSaveSchema, req.body);
    res.json((await saveHelpRules(deps, input)) satisfies PageHelpView);
  });

  router.put('/api/admin/page-help/notices', async (req, res) => {
    const input = parseInput(noticesSaveSchema, req.body);
    res.json((await saveNotices(deps, input)) satisfies PageHelpView);
  });
  return router;
}

import { Router } from 'express';
import type { ServiceDeps } from '../services/deps.ts';
import { adminAgentsRouter } from './admin-agents.ts';
import { adminDataCareRouter } from './admin-data-care.ts';
import { adminDepartmentsRouter } from './admin-departments.ts';
import { adminPageHelpRouter } from './admin-page-help.ts';
import { adminTicketsRouter } from './admin-tickets.ts';
import { adminSurveysRouter } from './surveys.ts';
import { adminWidgetRouter } from './admin-widget.ts';
import { noStore } from './no-store.ts';
import { requireAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/**
 * Everything under /api/admin: accounts, departments, the widget, privacy requests, the audit log, surveys, page help. One guard for the whole
 * prefix, so no route can forget it: signed out 401, an agent 403.
 */
export function adminRouter(deps: ServiceDeps): Router {
  const router = Router();
  router.use('/api/admin', sameOriginJson(), requireAgent(deps, 'admin'), noStore);
  router.use(adminAgentsRouter(deps));
  router.use(adminDepartmentsRouter(deps));
  router.use(adminWidgetRouter(deps));
  router.use(adminDataCareRouter(deps));
  router.use(adminTicketsRouter(deps));
  router.use(adminSurveysRouter(deps));
  router.use(adminPageHelpRouter(deps));
  return router;
}

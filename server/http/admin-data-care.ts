import { Router, type Request } from 'express';
import type { AuditList, VisitorErased } from '../../protocol/index.ts';
import { auditQuerySchema } from '../../protocol/schemas/data-care.ts';
import { listAudit } from '../services/data-care/audit.ts';
import { eraseVisitor } from '../services/data-care/erase-visitor.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { signedInAgent } from './require-agent.ts';

/** Privacy requests and the audit log; behind the admin guard in admin.ts. */
export function adminDataCareRouter(deps: ServiceDeps): Router {
  const router = Router();
  checkIds(router);

  router.delete('/api/admin/visitors/:id', async (req: Request<{ id: string }>, res) => {
    const erased = await eraseVisitor(deps, signedInAgent(res), req.params.id);
    res.json(erased satisfies VisitorErased);
  });

  router.get('/api/admin/audit', async (req, res) => {
    const query = parseInput(auditQuerySchema, req.query);
    res.json((await listAudit(deps, query)) satisfies AuditList);
  });
  return router;
}

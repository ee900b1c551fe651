import { Router } from 'express';
import type { Store } from '../store/types.ts';

/** For load balancers and uptime checks: 200 only when the database answers. */
export function healthRouter(store: Store): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await store.ping();
      res.set('Cache-Control', 'no-store').json({ ok: true, db: 'ok' });
    } catch {
      res.status(503).set('Cache-Control', 'no-store').json({ ok: false, db: 'unavailable' });
    }
  });
  return router;
}

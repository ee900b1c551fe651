import { Router } from 'express';
import type { DeskSettings } from '../../protocol/index.ts';
import { deskSettingsSchema } from '../../protocol/schemas/desk.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getDeskSettings, saveDeskSettings } from '../services/desk/settings.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { requireAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/** The desk's settings: every agent's console reads them, admins change them. */
export function settingsRouter(deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>): Router {
  const router = Router();
  router.use('/api/settings', sameOriginJson(), noStore);

  router.get('/api/settings', requireAgent(deps), async (_req, res) => {
    res.json((await getDeskSettings(deps)) satisfies DeskSettings);
  });

  router.put('/api/settings', requireAgent(deps, 'admin'), async (req, res) => {
    const input = parseInput(deskSettingsSchema, req.body);
    res.json((await saveDeskSettings(deps, input)) satisfies DeskSettings);
  });
  return router;
}

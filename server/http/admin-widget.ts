import { Router } from 'express';
import type { WidgetSettingsView } from '../../protocol/index.ts';
import { widgetSettingsSchema } from '../../protocol/schemas/admin.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getWidgetSettings, saveWidgetSettings } from '../services/widget/settings.ts';
import { parseInput } from './parse-input.ts';

/** The widget's settings (挂件); behind the admin guard in admin.ts. */
export function adminWidgetRouter(deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget'>): Router {
  const router = Router();

  router.get('/api/admin/widget', (_req, res) => {
    res.json(getWidgetSettings(deps) satisfies WidgetSettingsView);
  });

  router.put('/api/admin/widget', async (req, res) => {
    const input = parseInput(widgetSettingsSchema, req.body);
    res.json((await saveWidgetSettings(deps, input)) satisfies WidgetSettingsView);
  });
  return router;
}

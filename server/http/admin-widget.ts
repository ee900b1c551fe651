import { Router } from 'express';
import type { IdentitySettings, WidgetSettingsView } from '../../protocol/index.ts';
import { widgetSettingsSchema } from '../../protocol/schemas/admin.ts';
import { identitySettingsSchema, secretRegenerateSchema } from '../../protocol/schemas/identity.ts';
import type { ServiceDeps } from '../services/deps.ts';
import {
  getIdentitySettings,
  regenerateSecret,
  saveIdentitySettings,
} from '../services/widget/identity-settings.ts';
import { getWidgetSettings, saveWidgetSettings } from '../services/widget/settings.ts';
import { parseInput } from './parse-input.ts';

/** The widget's settings (挂件) and its identity settings; behind the admin guard in admin.ts. */
export function adminWidgetRouter(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
): Router {
  const router = Router();

  router.get('/api/admin/widget', (_req, res) => {
    res.json(getWidgetSettings(deps) satisfies WidgetSettingsView);
  });

  router.put('/api/admin/widget', async (req, res) => {
    const input = parseInput(widgetSettingsSchema, req.body);
    res.json((await saveWidgetSettings(deps, input)) satisfies WidgetSettingsView);
  });

  // The site secret lives only here, never in the public widget config.
  router.get('/api/admin/widget/identity', (_req, res) => {
    res.json(getIdentitySettings(deps) satisfies IdentitySettings);
  });

  router.put('/api/admin/widget/identity', async (req, res) => {
    const input = parseInput(identitySettingsSchema, req.body);
    res.json((await saveIdentitySettings(deps, input)) satisfies IdentitySettings);
  });

  router.post('/api/admin/widget/identity/secret', async (req, res) => {
    parseInput(secretRegenerateSchema, req.body ?? {});
    res.json((await regenerateSecret(deps)) satisfies IdentitySettings);
  });
  return router;
}

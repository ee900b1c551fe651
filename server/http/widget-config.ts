import { Router } from 'express';
import type { WidgetConfig } from '../../protocol/index.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { widgetConfig } from '../services/widget/settings.ts';

/** How long browsers keep the widget's look: a saved change reaches visitors within this. */
const MAX_AGE_SECONDS = 60;

/**
 * The widget's look and allowed sites, public: the loader reads it from the shop's page
 * (another origin, so CORS without credentials) and the chat app from its frame.
 */
export function widgetConfigRouter(deps: Pick<ServiceDeps, 'widget' | 'clock' | 'faq'>): Router {
  const router = Router();
  router.get('/api/widget/config', (_req, res) => {
    res.set({
      'Cache-Control': `public, max-age=${MAX_AGE_SECONDS}`,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    res.json(widgetConfig(deps) satisfies WidgetConfig);
  });
  return router;
}

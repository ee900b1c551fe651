import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type RequestHandler, type Response } from 'express';
import type { Config } from '../config.ts';
import type { LiveWidgetSettings } from '../services/widget/live.ts';
import { chatSecurity } from './security.ts';

/** Sends a built file, or 503 with the fix when the bundles were never built. */
function sendBuilt(res: Response, file: string, headers: Record<string, string> = {}): void {
  if (!existsSync(file)) {
    res
      .status(503)
      .type('text/plain')
      .send(
        'Kefu\'s browser files are not built yet. Run "npm run build" (or "npm start"), then reload.',
      );
    return;
  }
  res.sendFile(file, { headers, maxAge: 0 });
}

/**
 * The browser side: the loader sites embed, the chat app (framed by those sites), its
 * hashed assets, the console, and the demo shop page.
 */
export function staticRouter(
  config: Config,
  widget: LiveWidgetSettings,
): { chat: RequestHandler[]; router: Router } {
  const dist = config.distDir;
  const router = Router();

  const chat: RequestHandler[] = [
    chatSecurity(widget),
    (_req, res) => sendBuilt(res, join(dist, 'widget/chat/index.html')),
  ];

  router.get('/widget.js', (_req, res) => {
    // Loaded by other sites' pages; a short cache lets a new version reach them soon.
    sendBuilt(res, join(dist, 'loader/widget.js'), {
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'public, max-age=300',
    });
  });
  // The loader's in-context help (greeting bubble), fetched by widget.js where there are rules.
  router.get('/widget-help.js', (_req, res) => {
    sendBuilt(res, join(dist, 'loader/widget-help.js'), {
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'public, max-age=300',
    });
  });
  // Vite puts a content hash in every asset name, so a cached copy never goes stale.
  router.use(
    '/assets',
    express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  router.get('/console', (_req, res) => sendBuilt(res, join(dist, 'console/index.html')));
  if (config.demo) router.use(express.static(config.demoDir, { maxAge: 0 }));
  return { chat, router };
}

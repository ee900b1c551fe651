import type { Router } from 'express';
import { RateLimits } from '../../server/abuse/rate-limits.ts';
import { loadConfig } from '../../server/config.ts';
import { createHttpApp } from '../../server/http/app.ts';
import { createLogger } from '../../server/logger.ts';
import { DomainEvents } from '../../server/services/events.ts';
import { loadFaqIndex } from '../../server/services/faq/bootstrap.ts';
import { widgetDefaults } from '../../server/services/widget/live.ts';
import { loadWidgetSettings } from '../../server/services/widget/settings.ts';
import { directoryFiles } from '../../server/store/files/directory-files.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import { FakeClock } from '../helpers/server.ts';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function walk(stack: Layer[], out: Set<string>): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const method of Object.keys(layer.route.methods)) {
        for (const path of paths) out.add(`${method.toUpperCase()} ${path}`);
      }
    } else if (layer.handle?.stack) {
      walk(layer.handle.stack, out);
    }
  }
}

/**
 * Every `METHOD /path` the real Express app routes (static file folders aside), read from
 * its router, so a route added later without a fuzz target is noticed.
 */
export async function servedRoutes(): Promise<string[]> {
  const config = loadConfig({ PORT: '0', DATA_DIR: ':memory:', KEFU_DEMO: 'false' });
  const clock = new FakeClock();
  const logger = createLogger('silent');
  const store = openSqliteStore(':memory:', clock);
  try {
    const faq = await loadFaqIndex({ store, clock }, []);
    const widget = await loadWidgetSettings({ store }, widgetDefaults(config));
    const deps = {
      store,
      faq,
      widget,
      clock,
      handoffPhrases: widget.handoffPhrases,
      events: new DomainEvents(logger),
      // Never written: the routes are only listed.
      files: directoryFiles('/nonexistent/kefu-attachments'),
    };
    const app = createHttpApp(config, deps, logger, new RateLimits(config.limits));
    const routes = new Set<string>();
    walk((app.router as Router & { stack: Layer[] }).stack, routes);
    return [...routes].sort();
  } finally {
    await store.close();
  }
}

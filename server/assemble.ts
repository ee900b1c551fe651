import type { FaqEntry, FaqIndex } from '../knowledge/index.ts';
import { createApp, type App } from './app.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { bootstrapAdmin } from './services/agents/bootstrap-admin.ts';
import { presenceAfterStart } from './services/agents/presence.ts';
import { loadFaqIndex } from './services/faq/bootstrap.ts';
import { widgetDefaults } from './services/widget/live.ts';
import { loadWidgetSettings } from './services/widget/settings.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/types.ts';
import type { Timers } from './timers.ts';

export interface AssembleOptions {
  config: Config;
  clock: Clock;
  logger: Logger;
  /** The knowledge base loaded into an empty store (the demo FAQ), or null. */
  seed: FaqEntry[] | null;
  /** The SQLite location; default `config.dataDir`. `:memory:` for throwaway runs. */
  database?: string;
  timers?: Timers;
}

export interface Kefu {
  app: App;
  store: Store;
  faq: FaqIndex;
}

/**
 * Everything start-up does before listening, in one order for main.ts, the tests and the
 * scripts: open the store, make sure an admin exists, reset presence no tab backs, load the
 * knowledge base and the widget settings, build the app.
 */
export async function assembleKefu(options: AssembleOptions): Promise<Kefu> {
  const { config, clock, logger } = options;
  const store = await openStore(
    { databaseUrl: config.databaseUrl, dataDir: options.database ?? config.dataDir },
    clock,
  );
  // Nodes of a cluster may start together: one at a time, each finds what the first made.
  const { faq, widget } = await store.serially('start-up', async () => {
    await bootstrapAdmin({ store, clock }, config.admin, logger);
    // In a cluster the other nodes' tabs are still there; the presence sweep finds who left.
    if (!config.redisUrl) {
      const leftOnline = await presenceAfterStart({ store, clock });
      if (leftOnline > 0) {
        logger.info({ agents: leftOnline }, 'agents left online by the last run are now offline');
      }
    }
    return {
      faq: await loadFaqIndex({ store, clock }, options.seed),
      widget: await loadWidgetSettings({ store }, widgetDefaults(config)),
    };
  });
  const timers = options.timers ? { timers: options.timers } : {};
  const cluster = config.redisUrl ? { cluster: await linkCluster(config.redisUrl, logger) } : {};
  const app = createApp({ config, store, faq, clock, logger, widget, ...timers, ...cluster });
  return { app, store, faq };
}

/** Loaded only for a cluster: the Redis client and adapter would cost ~0.3 s at every start. */
async function linkCluster(url: string, logger: Logger) {
  const { linkThroughRedis } = await import('./cluster/redis-link.ts');
  return linkThroughRedis(url, logger);
}

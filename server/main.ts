import { demoFaqEntries } from '../knowledge/demo/index.ts';
import { createApp } from './app.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { bootstrapAdmin } from './services/agents/bootstrap-admin.ts';
import { presenceAfterStart } from './services/agents/presence.ts';
import { loadFaqIndex } from './services/faq/bootstrap.ts';
import { openSqliteStore } from './store/sqlite/open.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

const config = readConfig();

const logger = createLogger(config.logLevel, config.prettyLogs);
const clock = systemClock;
const store = openSqliteStore(config.dataDir, clock);
await bootstrapAdmin({ store, clock }, config.admin, logger);
const leftOnline = await presenceAfterStart({ store, clock });
if (leftOnline > 0) {
  logger.info({ agents: leftOnline }, 'agents left online by the last run are now offline');
}
const faq = await loadFaqIndex({ store, clock }, config.demo ? demoFaqEntries() : null);
const app = createApp({ config, store, faq, clock, logger });
const { url } = await app.listen().catch(async (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EADDRINUSE') throw err;
  logger.fatal(`Port ${config.port} is already in use. Stop the other program or set PORT.`);
  await store.close();
  process.exit(1);
});

logger.info({ dataDir: config.dataDir, faqEntries: faq.size }, `Kefu is running at ${url}`);
if (config.demo) logger.info(`Demo shop with the chat widget: ${url}/`);
logger.info(`Agent console: ${url}/console`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

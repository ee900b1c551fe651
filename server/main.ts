import { demoFaqEntries } from '../knowledge/demo/index.ts';
import { assembleKefu } from './assemble.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';

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
const { app, store, faq } = await assembleKefu({
  config,
  clock,
  logger,
  seed: config.demo ? demoFaqEntries() : null,
});
// Installed before the first log line says Kefu runs: without a listener, a SIGTERM sent at
// that moment would kill the process outright instead of shutting it down cleanly.
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

const { url } = await app.listen().catch(async (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EADDRINUSE') throw err;
  logger.fatal(`Port ${config.port} is already in use. Stop the other program or set PORT.`);
  await store.close();
  process.exit(1);
});

logger.info({ dataDir: config.dataDir, faqEntries: faq.size }, `Kefu is running at ${url}`);
if (config.demo) logger.info(`Demo shop with the chat widget: ${url}/`);
logger.info(`Agent console: ${url}/console`);

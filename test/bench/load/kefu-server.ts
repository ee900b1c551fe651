/**
 * Child process: the real Kefu server on a file-backed SQLite database in LOAD_DATA_DIR (WAL,
 * synchronous FULL, as configured), the demo knowledge base, and LOAD_AGENTS agents of the
 * general department who can each hold LOAD_MAX_CHATS chats. Listens on a free port.
 */
import { demoFaqEntries } from '../../../knowledge/demo/index.ts';
import { assembleKefu } from '../../../server/assemble.ts';
import { systemClock } from '../../../server/clock.ts';
import { loadConfig } from '../../../server/config.ts';
import { newId } from '../../../server/ids.ts';
import { createLogger } from '../../../server/logger.ts';
import { hashPassword } from '../../../server/services/agents/password.ts';
import type { Store } from '../../../server/store/types.ts';
import { FLEET_LIMITS } from '../../helpers/server-process.ts';
import { AGENT_PASSWORD, agentEmail } from './ipc.ts';
import { serveIpc } from './serve-ipc.ts';

const dataDir = process.env.LOAD_DATA_DIR;
const agents = Number(process.env.LOAD_AGENTS);
const maxChats = Number(process.env.LOAD_MAX_CHATS);
if (!dataDir || !(agents > 0) || !(maxChats > 0)) {
  throw new Error('set LOAD_DATA_DIR, LOAD_AGENTS and LOAD_MAX_CHATS');
}

const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  KEFU_LOG_LEVEL: 'warn',
  KEFU_ADMIN_PASSWORD: AGENT_PASSWORD,
  // The fleet simulates thousands of separate people, all from 127.0.0.1 and each writing
  // faster than a person can: the per-visitor and per-address limits would stop it.
  ...FLEET_LIMITS,
});
const { app, store } = await assembleKefu({
  config,
  clock: systemClock,
  logger: createLogger(config.logLevel),
  seed: demoFaqEntries(),
});
await createAgents(store);
const { port } = await app.listen(0);
serveIpc(port, async () => {
  await app.close();
  await store.close();
});

async function createAgents(store: Store): Promise<void> {
  // One scrypt hash for all: each row still verifies on its own at sign-in.
  const passwordHash = await hashPassword(AGENT_PASSWORD);
  const at = systemClock.now().toISOString();
  for (let i = 0; i < agents; i += 1) {
    await store.agents.create({
      id: newId(),
      email: agentEmail(i),
      name: `Agent ${i + 1}`,
      role: 'agent',
      passwordHash,
      maxChats,
      lang: 'en',
      disabled: false,
      createdAt: at,
      updatedAt: at,
      departments: ['general'],
    });
  }
}

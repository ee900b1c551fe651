import { rm } from 'node:fs/promises';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin } from '../../server/services/agents/bootstrap-admin.ts';
import { openStore } from '../../server/store/open.ts';
import { FakeClock, makeTempDir, startServer } from '../helpers/server.ts';
import { testStoreLocation } from '../helpers/test-database.ts';

interface LogLine {
  level: number;
  msg: string;
}

/** A real pino logger whose lines land in an array. */
function capturedLogger() {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { logger, lines };
}

const WARN = 40;
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function startOnce(dataDir: string) {
  const clock = new FakeClock();
  const store = await openStore(await testStoreLocation(dataDir), clock);
  const { logger, lines } = capturedLogger();
  await bootstrapAdmin({ store, clock }, { email: 'Boss@Kefu.Local', password: null }, logger);
  const admins = await store.agents.countByRole('admin');
  await store.close();
  return { lines, admins };
}

describe('the first admin', () => {
  it('gets a generated password, shown once, that opens the console', async () => {
    const dataDir = await makeTempDir('kefu-admin-');
    dirs.push(dataDir);

    const first = await startOnce(dataDir);
    expect(first.admins).toBe(1);
    expect(first.lines).toHaveLength(1);
    const line = first.lines[0]!;
    expect(line.level).toBe(WARN);
    const shown =
      /^Console login: boss@kefu\.local \/ (\S+) — shown only this once, note it down$/.exec(
        line.msg,
      );
    const password = shown?.[1] ?? '';
    expect(password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);

    // A second start on the same data neither adds an admin nor prints a password.
    const second = await startOnce(dataDir);
    expect(second.admins).toBe(1);
    expect(second.lines).toEqual([]);

    // The configured password is ignored now: the admin already exists.
    const server = await startServer({ dataDir, env: { KEFU_ADMIN_EMAIL: 'boss@kefu.local' } });
    const login = (p: string) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'boss@kefu.local', password: p }),
      });
    expect((await login(password)).status).toBe(200);
    expect((await login('test-admin-password')).status).toBe(401);
    await server.close();
  });

  it('uses KEFU_ADMIN_PASSWORD when set and never logs it', async () => {
    const clock = new FakeClock();
    const dataDir = await makeTempDir('kefu-admin-');
    dirs.push(dataDir);
    const store = await openStore(await testStoreLocation(dataDir), clock);
    const { logger, lines } = capturedLogger();
    const seed = { email: 'admin@kefu.local', password: 'chosen-by-the-operator' };
    await bootstrapAdmin({ store, clock }, seed, logger);
    expect(JSON.stringify(lines)).not.toContain(seed.password);
    expect(lines.map((l) => l.msg)).toEqual([
      'Console login: admin@kefu.local with the password from KEFU_ADMIN_PASSWORD',
    ]);
    await store.close();
  });
});

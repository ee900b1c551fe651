import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/server.ts';

const root = new URL('../..', import.meta.url).pathname;

interface Running {
  child: ChildProcess;
  url: string;
  faqEntries: number;
}

/** Starts `server/main.ts` as `npm start` does (after the build) and waits for its first log line. */
function startMain(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      KEFU_LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const log = JSON.parse(line) as { msg: string; faqEntries?: number };
      const running = /Kefu is running at (\S+)/.exec(log.msg);
      if (running?.[1]) resolve({ child, url: running[1], faqEntries: log.faqEntries ?? 0 });
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the server started the way the README says', () => {
  it('serves the demo shop with the demo knowledge base, restarts on its data and stops cleanly', async () => {
    const dataDir = await makeTempDir('kefu-main-');
    dirs.push(dataDir);

    const first = await startMain(dataDir);
    expect(first.faqEntries).toBeGreaterThanOrEqual(80);
    const health = await fetch(`${first.url}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true });
    const page = await (await fetch(`${first.url}/`)).text();
    expect(page).toContain('/widget.js');
    expect(await stop(first.child)).toBe(0);

    // A restart on the same data comes back with the same knowledge base.
    const second = await startMain(dataDir);
    expect(second.faqEntries).toBe(first.faqEntries);
    expect(await stop(second.child)).toBe(0);
    // Two cold starts of the server under tsx: 3-4 s each on a quiet 2-core machine, several
    // times that beside the cluster test's three server processes.
  }, 60_000);
});

import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../protocol/index.ts';
import { PNG, visitorUpload } from '../helpers/attachments.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor, type VisitorTab } from '../helpers/visitor-client.ts';

const ROOT = resolve(import.meta.dirname, '../..');

let server: TestServer;
let out: string;

beforeEach(async () => {
  // The chatter below writes as fast as the machine can, far past a person's rate limits.
  const fast = '1000000/60';
  server = await startServer({
    env: { KEFU_LIMIT_VISITOR_BURST: fast, KEFU_LIMIT_VISITOR: fast, KEFU_LIMIT_SOCKET: fast },
  });
  out = await makeTempDir('kefu-backups-');
});
afterEach(async () => {
  await server.close();
  await rm(out, { recursive: true, force: true });
});

/** `npm run backup -- …`; resolves with the exit code and what it printed. */
function backup(...args: string[]): Promise<{ code: number | null; out: string }> {
  const cli = spawn(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  cli.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  cli.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  return new Promise((done) => cli.on('close', (code) => done({ code, out: printed })));
}

/** Visitors writing one message after another, each acked (stored) before the next. */
function chatter(tabs: VisitorTab[]) {
  const acked: string[] = [];
  let running = true;
  const loops = tabs.map(async (tab, t) => {
    for (let n = 0; running; n++) acked.push((await tab.send(`visitor ${t} message ${n}`)).id);
  });
  return {
    acked,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('npm run backup', () => {
  it('copies the live database while messages flow: the copy is whole and holds every acked message', async () => {
    const tabs = await Promise.all([1, 2, 3].map(async () => (await newVisitor(server.url)).tab));
    const flow = chatter(tabs);
    while (flow.acked.length < 60) await new Promise((r) => setTimeout(r, 10));
    const ackedBefore = [...flow.acked];

    const result = await backup('--data-dir', server.dataDir, '--out', out);
    await flow.stop();
    for (const tab of tabs) tab.close();

    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Backed up .*kefu\.sqlite\s+to .*kefu-backup-\d{8}-\d{6}Z\.sqlite: [\d.]+ MB in [\d.]+ s\./,
    );
    const files = await readdir(out);
    expect(files).toEqual([expect.stringMatching(/^kefu-backup-\d{8}-\d{6}Z\.sqlite$/)]);
    const copy = new Database(join(out, files[0]!), { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(copy.prepare<[], string>('SELECT id FROM messages').pluck().all());
      expect(ackedBefore.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      copy.close();
    }
  });

  it('copies the attachment files beside the database, byte for byte', async () => {
    const { session, tab } = await newVisitor(server.url);
    const res = await visitorUpload(server.url, session.token, PNG, { name: 'receipt.png' });
    expect(res.status).toBe(201);
    const { message } = (await res.json()) as { message: ChatMessage };
    tab.close();

    const result = await backup('--data-dir', server.dataDir, '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/and 1 attachment files to .*kefu-backup-\d{8}-\d{6}Z-attachments/);
    const names = await readdir(out);
    const database = names.find((name) => name.endsWith('.sqlite'));
    const folder = database?.replace(/\.sqlite$/, '-attachments');
    expect(names.sort()).toEqual([folder, database].sort());
    const copied = await readdir(join(out, folder!), { recursive: true });
    expect(copied).toContain(join(message.id.slice(0, 2), message.id));
    expect(await readFile(join(out, folder!, message.id.slice(0, 2), message.id))).toEqual(PNG);
  });

  it('says what is wrong, and leaves nothing behind, when it cannot back up', async () => {
    const missing = await backup('--data-dir', join(out, 'nowhere'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('No Kefu database at');

    const noOut = await backup('--data-dir', server.dataDir);
    expect(noOut.code).toBe(2);
    expect(noOut.out).toContain('--out DIR');

    const blocked = join(out, 'a-file');
    await writeFile(blocked, 'not a folder');
    const failed = await backup('--data-dir', server.dataDir, '--out', blocked);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('Backup failed:');
    expect(await readdir(out)).toEqual(['a-file']);
  });
});

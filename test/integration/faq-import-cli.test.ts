import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFaqFile } from '../../knowledge/io/index.ts';
import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { askBot } from '../helpers/faq-admin.ts';
import { makeTempDir, startServer } from '../helpers/server.ts';
import { databaseEnv } from '../helpers/test-database.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const POINTS: FaqImportEntry = {
  id: 'points.zh',
  lang: 'zh-CN',
  question: '会员积分怎么兑换？',
  similar: ['积分能换什么'],
  keywords: ['积分'],
  answer: '在「会员中心」兑换积分。',
  category: null,
  department: null,
  status: 'published',
};

let dataDir: string;

beforeEach(async () => {
  dataDir = await makeTempDir('kefu-cli-');
  // A server has run on this database once: it holds the fixture FAQ and the admin.
  await (await startServer({ dataDir })).close();
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** `npm run faq:import -- file …` on the test database (PostgreSQL's too, in that run). */
async function faqImport(
  file: string,
  ...args: string[]
): Promise<{ code: number | null; out: string }> {
  const cli = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/faq-import.ts', file, '--data-dir', dataDir, ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(await databaseEnv(dataDir)) },
    },
  );
  let out = '';
  cli.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  cli.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done) => cli.on('close', (code) => done({ code, out })));
}

async function csvFile(entries: FaqImportEntry[]): Promise<string> {
  const file = join(dataDir, 'faq.csv');
  await writeFile(file, await writeFaqFile(entries, 'csv'));
  return file;
}

describe('npm run faq:import', () => {
  it('prints the dry run and fails on invalid rows, writing nothing even with --apply', async () => {
    const file = await csvFile([POINTS, { ...POINTS, id: 'empty', answer: '' }]);
    for (const args of [[], ['--apply']]) {
      const { code, out } = await faqImport(file, ...args);
      expect(code).toBe(1);
      expect(out).toMatch(/new\s+1\s+points\.zh/);
      expect(out).toContain('row 3: 答案 answer: missing');
    }
    const server = await startServer({ dataDir });
    expect(await server.store.faqEntries.get('points.zh')).toBeNull();
    await server.close();
  });

  it('imports only with --apply; the server answers with the entries after a restart', async () => {
    const file = await csvFile([POINTS]);
    const dryRun = await faqImport(file);
    expect(dryRun).toMatchObject({
      code: 0,
      out: expect.stringContaining('Dry run: nothing written'),
    });
    const applied = await faqImport(file, '--apply');
    expect(applied).toMatchObject({ code: 0, out: expect.stringContaining('Imported.') });

    const server = await startServer({ dataDir });
    expect(await askBot(server.url, '积分怎么兑换')).toMatchObject({ faqId: 'points.zh' });
    const [revision] = await server.store.faqEntries.listRevisions('points.zh');
    expect(revision?.action).toBe('imported');
    await server.close();
    expect((await faqImport(file)).out).toMatch(/unchanged\s+1/);
  });

  it('says how to call it when the file or an option is wrong', async () => {
    const { code, out } = await faqImport(join(dataDir, 'faq.txt'));
    expect(code).toBe(2);
    expect(out).toContain('name it with --format');
  });
});

/**
 * `npm run bench:kb`: the knowledge base at 10,000 entries on the real server with a
 * file-backed database. importMs: an admin's import of an XLSX file, dry run then apply
 * (read, compare, one transaction, live index); reindexMs: rebuilding the live index of all
 * 10,000 entries; liveUpdateMs: from saving an edit over REST to a visitor's socket getting
 * the bot's answer with it. Medians of a few rounds. Prints a Markdown table, then one JSON line.
 */
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { writeFaqFile } from '../../knowledge/io/index.ts';
import type { ChatMessage, FaqEntryDetail } from '../../protocol/index.ts';
import { assembleKefu } from '../../server/assemble.ts';
import { systemClock } from '../../server/clock.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { DomainEvents } from '../../server/services/events.ts';
import { rowToFaqEntry } from '../../server/services/faq/entries.ts';
import { applyImport } from '../../server/services/faq/transfer/apply.ts';
import { planImport } from '../../server/services/faq/transfer/plan.ts';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { editable } from '../helpers/faq-admin.ts';
import { makeTempDir } from '../helpers/server.ts';
import { newVisitor, type VisitorTab } from '../helpers/visitor-client.ts';
import { shopKb } from './kb-entries.ts';

const ENTRIES = 10_000;
const ROUNDS = 5;
const ADMIN = { email: 'admin@kefu.local', password: 'bench-admin-password' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => Math.round(x);

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

function botReply(tab: VisitorTab): Promise<ChatMessage> {
  return new Promise((resolve) => {
    const seen = (m: ChatMessage) => {
      if (m.author !== 'bot') return;
      tab.socket.off('message.created', seen);
      resolve(m);
    };
    tab.socket.on('message.created', seen);
  });
}

export async function benchKb(): Promise<string> {
  const dataDir = await makeTempDir('kefu-kb-');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    KEFU_LOG_LEVEL: 'warn',
    KEFU_DEMO: 'false',
    KEFU_ADMIN_EMAIL: ADMIN.email,
    KEFU_ADMIN_PASSWORD: ADMIN.password,
  });
  const clock = systemClock;
  const logger = createLogger(config.logLevel);
  const { app, store, faq } = await assembleKefu({ config, clock, logger, seed: null });
  try {
    const { url } = await app.listen(0);
    const admin = await store.agents.findByEmail(ADMIN.email);
    if (!admin) throw new Error('no admin');
    const deps = { store, clock, faq, events: new DomainEvents(logger) };
    const kb = shopKb(ENTRIES);
    const xlsx = await writeFaqFile(kb, 'xlsx');

    const [dryRun, dryRunMs] = await timed(() => planImport(deps, xlsx, 'xlsx'));
    const [applied, applyMs] = await timed(() => applyImport(deps, admin.id, xlsx, 'xlsx'));
    if (dryRun.added.length !== ENTRIES || !applied.applied || faq.size !== ENTRIES) {
      throw new Error(`the import did not take all ${ENTRIES} entries`);
    }

    const published = (await store.faqEntries.listPublished()).map(rowToFaqEntry);
    const reindex: number[] = [];
    for (let i = 0; i < 3; i++) {
      reindex.push((await timed(() => faq.update({ upsert: published })))[1]);
    }

    const cookie = await signIn(url, ADMIN);
    const target = kb[1234]!;
    const live: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const path = `/api/faq/${encodeURIComponent(target.id)}`;
      const { entry } = (await (
        await consoleRequest(url, 'GET', path, cookie)
      ).json()) as FaqEntryDetail;
      const answer = `${target.answer}\n\n(edit ${round + 1})`;
      const { tab } = await newVisitor(url, 'zh-CN');
      const start = performance.now();
      const saved = await consoleRequest(url, 'PUT', path, cookie, {
        ...editable(entry),
        answer,
        version: entry.version,
      });
      if (saved.status !== 200) throw new Error(`PUT ${path}: ${saved.status}`);
      const reply = botReply(tab);
      await tab.send(target.question);
      const { body } = await reply;
      live.push(performance.now() - start);
      tab.close();
      if (body !== answer) throw new Error(`the bot answered with the old text: ${body}`);
    }

    const summary = {
      entries: ENTRIES,
      importMs: ms(dryRunMs + applyMs),
      reindexMs: ms(median(reindex)),
      liveUpdateMs: ms(median(live)),
    };
    return `## Knowledge base at ${ENTRIES.toLocaleString('en')} entries (\`npm run bench:kb\`)

XLSX of ${(xlsx.length / 1e6).toFixed(1)} MB: half Chinese, half English, 3 similar questions and 2 keywords each.
Real server, file-backed SQLite (WAL, synchronous FULL).

| step | ms | bar |
| --- | ---: | ---: |
| import: dry run (read XLSX, validate, compare) | ${ms(dryRunMs)} | |
| import: apply (read again, one transaction, live index) | ${ms(applyMs)} | |
| import, dry run + apply | ${summary.importMs} | 5000 |
| re-index all entries (median of ${reindex.length}: ${reindex.map(ms).join(', ')}) | ${summary.reindexMs} | 1000 |
| saved edit → visitor gets the new answer (median of ${ROUNDS}: ${live.map(ms).join(', ')}) | ${summary.liveUpdateMs} | |

${JSON.stringify(summary)}`;
  } finally {
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchKb());
}

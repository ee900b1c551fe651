/**
 * `npm run bench:load -- --visitors 2000 --agents 50 --rate 200`: visitors and agents chat
 * through the real Kefu server, every message stored, next to a bare Socket.IO echo server in
 * the same run: connections held, visitor→agent latency, messages per second, server RSS.
 * Prints a Markdown table, then one JSON line. Flags: see load/options.ts.
 */
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from '../helpers/server.ts';
import { bareFleet } from './load/bare-fleet.ts';
import { ServerChild } from './load/child.ts';
import { checkStored } from './load/db-check.ts';
import { kefuFleet } from './load/kefu-fleet.ts';
import { parseLoadOptions, type LoadOptions } from './load/options.ts';
import { loadTable, summarise } from './load/report.ts';
import { ServerRun } from './load/run-server.ts';

export async function benchLoad(options: LoadOptions): Promise<string> {
  const dataDir = await makeTempDir('kefu-load-');
  const runs: ServerRun[] = [];
  try {
    const bare = await ServerRun.open(
      'bare',
      await ServerChild.start('bare-server.ts', {}),
      bareFleet,
      options,
    );
    runs.push(bare);
    const child = await ServerChild.start('kefu-server.ts', {
      LOAD_DATA_DIR: dataDir,
      LOAD_AGENTS: String(options.agents),
      // Room for every visitor however routing spreads them.
      LOAD_MAX_CHATS: String(Math.ceil(options.visitors / options.agents) + 5),
    });
    const kefu = await ServerRun.open('kefu', child, kefuFleet, options);
    runs.push(kefu);
    for (let round = 0; round < options.rounds; round += 1) {
      await bare.fullRound();
      await kefu.fullRound();
    }
    const bareReport = await bare.finish();
    const kefuReport = await kefu.finish();
    const stored = checkStored(dataDir, kefuReport.acked);
    const summary = summarise(options, kefuReport, bareReport, stored);
    return `${loadTable(options, kefuReport, bareReport, stored)}\n\n${JSON.stringify(summary)}`;
  } finally {
    for (const run of runs) await run.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchLoad(parseLoadOptions(process.argv.slice(2))));
}

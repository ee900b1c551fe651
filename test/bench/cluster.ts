/**
 * `npm run bench:cluster -- --nodes 3 --visitors 120 --agents 12 --rate 300 --seconds 20`: the
 * same chat load on one Kefu node, then on `--nodes` nodes, each a real server process on the
 * local PostgreSQL and Redis behind one round-robin balancer; halfway through the second run
 * one node is SIGKILLed. Every message is then checked in the database and on every screen.
 * On one machine the nodes share its cores: this shows what the cluster costs, not how it
 * scales. Prints a table, then exactly one JSON line.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../scripts/traffic/random.ts';
import { connect } from '../../server/store/postgres/sql.ts';
import { percentile } from '../../server/services/reports/percentiles.ts';
import { FailoverWatch } from '../helpers/cluster/failover.ts';
import { Cluster, TEST_REDIS_URL } from '../helpers/cluster/nodes.ts';
import { checkDelivery } from '../helpers/delivery/check.ts';
import { ChatFleet, waitUntil } from '../helpers/delivery/fleet.ts';
import { deliveries } from '../helpers/delivery/latency.ts';
import { readStored } from '../helpers/delivery/stored.ts';
import { withSchema } from '../helpers/schema-url.ts';

export interface ClusterBenchOptions {
  nodes: number;
  visitors: number;
  agents: number;
  maxChats: number;
  /** Messages offered per second, everyone together (visitors' outboxes permitting). */
  rate: number;
  seconds: number;
  seed: number;
  databaseUrl: string;
  redisUrl: string;
}

const DEFAULTS: ClusterBenchOptions = {
  nodes: 3,
  visitors: 120,
  agents: 12,
  maxChats: 12,
  rate: 300,
  seconds: 20,
  seed: 1,
  databaseUrl: process.env.KEFU_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.KEFU_BENCH_REDIS_URL ?? TEST_REDIS_URL,
};

export interface ClusterRun {
  nodes: number;
  /** Messages acked to their writers (some learn theirs from the broadcast first). */
  acked: number;
  /** Messages the other side of their chat shows. */
  delivered: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  settled: boolean;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Messages shown on the other side while the load ran, per second. */
  msgsPerSec: number;
  /** From the kill until the last of the dead node's clients chatted again; null without one. */
  recoveredMs: number | null;
  crashes: number;
  errors: string[];
  /** The first delivery problems found, readable. */
  problems: string[];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One run on a fresh schema of its own, dropped after. */
export async function runCluster(
  options: ClusterBenchOptions,
  nodes: number,
  kill: boolean,
): Promise<ClusterRun> {
  const schema = `kefu_bench_${randomBytes(6).toString('hex')}`;
  const admin = connect(options.databaseUrl, 1);
  await admin.run(`CREATE SCHEMA ${schema}`);
  let cluster: Cluster | undefined;
  let fleet: ChatFleet | undefined;
  try {
    cluster = await Cluster.start(nodes, withSchema(options.databaseUrl, schema), {
      KEFU_REDIS_URL: options.redisUrl,
    });
    fleet = await ChatFleet.start(cluster.url, options, `bench${nodes}`);
    const random = seededRandom(options.seed);
    const tickMs = 20;
    let owed = 0;
    const talk = setInterval(() => {
      owed += (options.rate * tickMs) / 1000;
      for (; owed >= 1; owed -= 1) fleet!.speak(random);
    }, tickMs);
    const started = performance.now();
    let watch: FailoverWatch | undefined;
    try {
      if (kill) {
        await pause((options.seconds * 1000) / 2);
        watch = new FailoverWatch(fleet);
        await cluster.nodes[1]?.kill();
        await waitUntil(() => watch!.dropped.size > 0 && watch!.allBack, 30_000);
      }
      await pause(Math.max(0, options.seconds * 1000 - (performance.now() - started)));
    } finally {
      clearInterval(talk);
      watch?.stop();
    }
    const stopped = performance.now();
    const settled = await fleet.settle(cluster.database, 60_000);
    const report = checkDelivery(await readStored(cluster.database), fleet);
    const shown = deliveries(fleet);
    const latencies = shown.map((d) => d.shownAt - d.writtenAt);
    const shownMeanwhile = shown.filter((d) => d.shownAt >= started && d.shownAt <= stopped);
    return {
      nodes,
      acked: report.acked,
      delivered: shown.length,
      lost: report.lost,
      duplicated: report.duplicated,
      outOfOrder: report.outOfOrder,
      settled,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      msgsPerSec: shownMeanwhile.length / ((stopped - started) / 1000),
      recoveredMs: watch?.slowestMs ?? null,
      crashes: cluster.crashes,
      errors: cluster.errors,
      problems: report.problems,
    };
  } finally {
    fleet?.close();
    await cluster?.stop();
    await admin.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  }
}

const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);

export function clusterTable(runs: ClusterRun[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.nodes} | ${Math.round(r.msgsPerSec)} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ` +
      `${r.acked} | ${r.delivered} | ${r.lost} | ${r.duplicated} | ${ms(r.recoveredMs)} |`,
  );
  return [
    '| nodes | msgs/s shown | p50 shown | p99 shown | acked | delivered | lost | duplicated | killed node’s clients back after |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function parseClusterOptions(args: string[]): ClusterBenchOptions {
  const flags = ['nodes', 'visitors', 'agents', 'max-chats', 'rate', 'seconds', 'seed'] as const;
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(flags.map((f) => [f, { type: 'string' }])),
  });
  const read = (flag: (typeof flags)[number], fallback: number, least = 1) => {
    const value = values[flag];
    if (typeof value !== 'string') return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < least) {
      throw new Error(`--${flag} needs a number of at least ${least}, got ${value}`);
    }
    return n;
  };
  const options = {
    ...DEFAULTS,
    nodes: Math.round(read('nodes', DEFAULTS.nodes, 2)),
    visitors: Math.round(read('visitors', DEFAULTS.visitors)),
    agents: Math.round(read('agents', DEFAULTS.agents)),
    maxChats: Math.round(read('max-chats', DEFAULTS.maxChats)),
    rate: read('rate', DEFAULTS.rate),
    seconds: read('seconds', DEFAULTS.seconds, 4),
    seed: Math.round(read('seed', DEFAULTS.seed)),
  };
  if (options.agents * options.maxChats < options.visitors) {
    throw new Error('--agents × --max-chats must leave room for every visitor');
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseClusterOptions(process.argv.slice(2));
  const one = await runCluster(options, 1, false);
  const many = await runCluster(options, options.nodes, true);
  console.log(
    `${options.visitors} visitors, ${options.agents} agents, ${options.rate} msgs/s offered ` +
      `for ${options.seconds} s; one of the ${options.nodes} nodes SIGKILLed halfway\n`,
  );
  console.log(clusterTable([one, many]));
  for (const r of [one, many]) {
    if (!r.settled) console.log(`${r.nodes} node(s): not every screen caught up within 60 s`);
    for (const e of r.errors.slice(0, 10)) console.log(`${r.nodes} node(s): ${e}`);
    for (const p of r.problems) console.log(`${r.nodes} node(s): ${p}`);
  }
  console.log(
    JSON.stringify({
      nodes: options.nodes,
      visitors: options.visitors,
      agents: options.agents,
      delivered: many.delivered,
      lost: many.lost,
      duplicated: many.duplicated,
      p99Ms: many.p99Ms === null ? null : Math.round(many.p99Ms),
      msgsPerSec: Math.round(many.msgsPerSec),
      oneNodeMsgsPerSec: Math.round(one.msgsPerSec),
      killedNodeRecoveredMs: many.recoveredMs,
    }),
  );
}

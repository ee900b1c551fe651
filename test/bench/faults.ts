/**
 * `npm run bench:faults -- --visitors 450 --agents 50 --kills 3 --disconnects 1000`: visitors
 * and agents chat through the real server (its own process, a file database) while it is
 * SIGKILLed and started again on the same data and port, and connections drop at random (the
 * network, the client, the server signing agents out). Then the database and every client's
 * screen are checked: nothing acked lost, nothing twice, every seq in order. Then the fuzz
 * campaign (test/fuzz) sends `--fuzz-cases` generated cases to a fresh server. Prints a short
 * summary, then exactly one JSON line.
 */
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom, type Random } from '../../scripts/traffic/random.ts';
import { checkDelivery, type DeliveryReport } from '../helpers/delivery/check.ts';
import { ChatFleet } from '../helpers/delivery/fleet.ts';
import { runFuzzCampaign, type FuzzCampaignResult } from '../fuzz/campaign.ts';
import { readStored } from '../helpers/delivery/stored.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/server.ts';

export interface FaultsOptions {
  visitors: number;
  agents: number;
  maxChats: number;
  kills: number;
  /** Random drops to make at least. */
  disconnects: number;
  /** Messages written per second, everyone together (visitors' outboxes permitting). */
  rate: number;
  /** How long the server runs between kills. */
  segmentSeconds: number;
  seed: number;
  fuzzCases: number;
}

export const FAULTS_DEFAULTS: FaultsOptions = {
  visitors: 450,
  agents: 50,
  maxChats: 10,
  kills: 3,
  disconnects: 1_000,
  rate: 100,
  segmentSeconds: 12,
  seed: 1,
  fuzzCases: 100_000,
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The bench measures Kefu as `npm start` runs it by default: on SQLite, in the data directory. */
const SQLITE = { database: {} };

export interface FaultsRun {
  clients: number;
  kills: number;
  disconnects: number;
  settled: boolean;
  serverCrashes: number;
  report: DeliveryReport;
}

/** One run: the fleet chats under kills and drops; then everything is checked. */
export async function runFaults(options: FaultsOptions): Promise<FaultsRun> {
  const server = await ServerProcess.start(await makeTempDir('kefu-faults-'), SQLITE);
  let fleet: ChatFleet | undefined;
  try {
    fleet = await ChatFleet.start(server.url, options);
    const random = seededRandom(options.seed);
    const stopTalking = talk(fleet, random, options.rate);
    // Spread the drops over the run: one segment per kill, and one more after the last.
    const runMs = (options.kills + 1) * options.segmentSeconds * 1000;
    const faults = setInterval(() => fleet!.drop(random), runMs / (options.disconnects * 1.2));
    let kills = 0;
    try {
      for (; kills < options.kills; kills += 1) {
        await pause(options.segmentSeconds * 1000);
        await server.kill();
        await pause(random.int(100, 1_000));
        await server.restart();
      }
      await pause(options.segmentSeconds * 1000);
      while (fleet.disconnects < options.disconnects) await pause(200);
    } finally {
      clearInterval(faults);
      stopTalking();
    }
    const settled = await fleet.settle(server, 120_000);
    fleet.close();
    await server.stop();
    return {
      clients: fleet.clients,
      kills,
      disconnects: fleet.disconnects,
      settled,
      serverCrashes: server.crashes,
      report: checkDelivery(await readStored(server), fleet),
    };
  } finally {
    fleet?.close();
    await server.stop();
    await rm(server.dataDir, { recursive: true, force: true });
  }
}

/** The fuzz campaign against a server of its own, a child process like the one above. */
export async function runFuzz(
  options: FaultsOptions,
): Promise<FuzzCampaignResult & { exits: number }> {
  const server = await ServerProcess.start(await makeTempDir('kefu-fuzz-'), SQLITE);
  try {
    const result = await runFuzzCampaign({
      url: server.url,
      cases: options.fuzzCases,
      seed: options.seed,
      database: { file: server.databaseFile },
    });
    return { ...result, exits: server.crashes };
  } finally {
    await server.stop();
    await rm(server.dataDir, { recursive: true, force: true });
  }
}

/** Writes `rate` messages a second from random clients until stopped. */
function talk(fleet: ChatFleet, random: Random, rate: number): () => void {
  const tickMs = 20;
  let owed = 0;
  const timer = setInterval(() => {
    owed += (rate * tickMs) / 1000;
    for (; owed >= 1; owed -= 1) fleet.speak(random);
  }, tickMs);
  return () => clearInterval(timer);
}

/** A flag's number: positive, or also 0 where `zero` says what 0 means. */
const count = (name: string, value: string | undefined, fallback: number, zero = false) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0 || (zero && n === 0)))
    throw new Error(`--${name} needs a positive number, got ${value}`);
  return n;
};

export function parseFaultsOptions(args: string[]): FaultsOptions {
  const flags = [
    'visitors',
    'agents',
    'max-chats',
    'kills',
    'disconnects',
    'rate',
    'segment-seconds',
    'seed',
    'fuzz-cases',
  ] as const;
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(flags.map((f) => [f, { type: 'string' }])),
  });
  const d = FAULTS_DEFAULTS;
  const read = (flag: (typeof flags)[number], fallback: number, zero = false) => {
    const value = values[flag];
    return count(flag, typeof value === 'string' ? value : undefined, fallback, zero);
  };
  return {
    visitors: Math.round(read('visitors', d.visitors)),
    agents: Math.round(read('agents', d.agents)),
    maxChats: Math.round(read('max-chats', d.maxChats)),
    kills: Math.round(read('kills', d.kills)),
    disconnects: Math.round(read('disconnects', d.disconnects)),
    rate: read('rate', d.rate),
    segmentSeconds: read('segment-seconds', d.segmentSeconds),
    seed: Math.round(read('seed', d.seed)),
    // 0: no fuzz campaign, e.g. to look at the fault figures alone.
    fuzzCases: Math.round(read('fuzz-cases', d.fuzzCases, true)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseFaultsOptions(process.argv.slice(2));
  const run = await runFaults(options);
  const { report } = run;
  console.log(
    `${run.clients} clients, ${run.kills} SIGKILLs, ${run.disconnects} disconnects; ` +
      `${report.acked} acked, ${report.stored} stored; settled: ${run.settled}`,
  );
  for (const problem of report.problems) console.log(`  ${problem}`);
  const fuzz = options.fuzzCases > 0 ? await runFuzz(options) : null;
  if (fuzz) {
    console.log(
      `fuzz: ${fuzz.cases} cases in ${fuzz.seconds.toFixed(0)} s; server crashes ${fuzz.serverCrashes}, ` +
        `5xx ${fuzz.errors5xx}, hangs ${fuzz.hangs}, stored for refused input ${fuzz.storedForRejected}, ` +
        `unclear errors ${fuzz.unclearErrors}, accepted invalid ${fuzz.acceptedInvalid}`,
    );
    for (const problem of fuzz.problems) console.log(`  ${problem}`);
  }
  console.log(
    JSON.stringify({
      clients: run.clients,
      kills: run.kills,
      disconnects: run.disconnects,
      acked: report.acked,
      stored: report.stored,
      lost: report.lost,
      duplicated: report.duplicated,
      outOfOrder: report.outOfOrder,
      fuzzCases: fuzz?.cases ?? 0,
      // A server process that died on its own, in the fault run or under fuzzing (where the
      // campaign's health check sees the same death: counted once).
      serverCrashes: run.serverCrashes + (fuzz ? Math.max(fuzz.serverCrashes, fuzz.exits) : 0),
    }),
  );
}

import { cpus } from 'node:os';
import type { StoredCheck } from './db-check.ts';
import type { LoadOptions } from './options.ts';
import type { ServerReport } from './run-server.ts';

/** The one JSON line `npm run bench:load` ends with. */
export interface LoadSummary {
  visitors: number;
  agents: number;
  rate: number;
  sent: number;
  delivered: number;
  lost: number;
  duplicated: number;
  p50Ms: number;
  p99Ms: number;
  msgsPerSec: number;
  bareMsgsPerSec: number;
  ratio: number;
  rssMB: number;
}

const CORES = cpus().length;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

const added = (a: Record<string, number>, b: Record<string, number>) => {
  const sum = { ...a };
  for (const [k, n] of Object.entries(b)) sum[k] = (sum[k] ?? 0) + n;
  return sum;
};

/** `reason: n, …`, or `none`. */
const reasons = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([reason, n]) => `${reason}: ${n}`)
    .join(', ') || 'none';

/** Kefu's counts over every phase; lost and duplicated count each clientId once, whichever side saw it. */
export function summarise(
  options: LoadOptions,
  kefu: ServerReport,
  bare: ServerReport,
  stored: StoredCheck,
): LoadSummary {
  return {
    visitors: options.visitors,
    agents: options.agents,
    rate: options.rate,
    sent: kefu.rate.sent + kefu.full.sent,
    delivered: kefu.rate.delivered + kefu.full.delivered,
    lost: new Set([...kefu.undelivered, ...stored.missing]).size,
    duplicated: new Set([...kefu.repeated, ...stored.repeated]).size + kefu.strangers,
    p50Ms: round(kefu.rate.p50Ms, 2),
    p99Ms: round(kefu.rate.p99Ms, 2),
    msgsPerSec: Math.round(kefu.msgsPerSec),
    bareMsgsPerSec: Math.round(bare.msgsPerSec),
    ratio: round(kefu.msgsPerSec / bare.msgsPerSec, 3),
    rssMB: round(kefu.peakRssMB),
  };
}

/** Markdown for BENCHMARKS.md: the two servers side by side. */
export function loadTable(
  options: LoadOptions,
  kefu: ServerReport,
  bare: ServerReport,
  stored: StoredCheck,
): string {
  const row = (what: string, k: string | number, b: string | number) => `| ${what} | ${k} | ${b} |`;
  const both = (what: string, f: (r: ServerReport) => string | number) =>
    row(what, f(kefu), f(bare));
  const r = (x: number) => round(x).toString();
  return `## Chat under load: ${options.visitors} visitors, ${options.agents} agents

Same machine, same run: the real Kefu server (every message stored in SQLite before its ack,
WAL + synchronous FULL, routed to agents by the queue) and a bare Socket.IO echo server (no
storage, no routing). Each runs in its own process; the load generator is one more process on
the same cores. Both stay connected throughout; their ${options.rounds} full-speed rounds
alternate (bare, Kefu, bare, …) so both meet the machine's drifts alike, and each full-speed
figure is the median round.

| | Kefu (stored + routed) | bare Socket.IO echo |
| --- | ---: | ---: |
${[
  both(
    'connections held to the end (of visitors + agents)',
    (s) => `${s.held} of ${options.visitors + options.agents}`,
  ),
  both('… dropped on the way, by reason', (s) => reasons(s.drops)),
  both('connect everyone (and hand off to an agent), s', (s) => r(s.setupSeconds)),
  both(
    `${options.rate} msg/s for ${options.seconds} s: sent / acked / delivered`,
    (s) => `${s.rate.sent} / ${s.rate.acked} / ${s.rate.delivered}`,
  ),
  both(
    '… lost / duplicated / failed acks',
    (s) => `${s.rate.lost} / ${s.rate.duplicated} / ${s.rate.failed}`,
  ),
  both(
    '… visitor→agent p50 / p99, ms',
    (s) => `${round(s.rate.p50Ms, 2)} / ${round(s.rate.p99Ms, 2)}`,
  ),
  both('… server CPU, % of a core', (s) => r(s.rateCpu)),
  both('… server event-loop delay p99, ms', (s) => r(s.rateLoopP99Ms)),
  both(`full speed (${options.window} in flight per visitor): delivered msg/s`, (s) =>
    Math.round(s.msgsPerSec),
  ),
  both('… each round in run order', (s) => s.roundMsgsPerSec.map(Math.round).join(' / ')),
  both(
    '… sent / delivered / lost / duplicated / failed acks',
    (s) =>
      `${s.full.sent} / ${s.full.delivered} / ${s.full.lost} / ${s.full.duplicated} / ${s.full.failed}`,
  ),
  both('… visitor→agent p50 / p99, ms', (s) => `${r(s.full.p50Ms)} / ${r(s.full.p99Ms)}`),
  both('… server CPU, % of a core', (s) => r(s.fullCpu)),
  both('… load generator CPU, % of a core', (s) => r(s.clientCpu)),
  both(`… whole machine CPU, % of a core (of ${CORES * 100})`, (s) => r(s.machineCpu)),
  both(
    'server RSS with everyone connected / peak, MB',
    (s) => `${r(s.idleRssMB)} / ${r(s.peakRssMB)}`,
  ),
  both('failed acks of every phase, by reason', (s) =>
    reasons(added(s.rate.failures, s.full.failures)),
  ),
  row(
    'database: acked but not stored / stored twice',
    `${stored.missing.length} / ${stored.repeated.length}`,
    '–',
  ),
].join('\n')}

Throughput ratio (Kefu ÷ bare, median rounds at full speed): ${round(kefu.msgsPerSec / bare.msgsPerSec, 3)}.`;
}

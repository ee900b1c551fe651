/**
 * Latency at scale, run in a child process of the FAQ bench so that the heap is
 * clean and V8 flags can vary: builds the synthetic 10,000-entry knowledge base,
 * times match() and suggest(), and prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { FaqIndex } from '../../knowledge/index.ts';
import { latency, type Latency } from './faq-latency.ts';
import { syntheticKb, syntheticQueries } from './faq-synthetic.ts';

export interface ScaleReport {
  entries: number;
  queries: number;
  buildMillis: number;
  heapMB: number;
  match: Latency;
  suggest: Latency;
}

function measure(): ScaleReport {
  const kb = syntheticKb(10_000);
  const start = performance.now();
  const index = new FaqIndex(kb);
  const buildMillis = performance.now() - start;
  const queries = syntheticQueries(2_000);
  const partials = queries.map((q) => q.slice(0, Math.max(2, Math.ceil(q.length / 2))));
  return {
    entries: index.size,
    queries: queries.length,
    buildMillis,
    heapMB: process.memoryUsage().heapUsed / 1e6,
    match: latency(queries, (q) => index.match(q)),
    suggest: latency(partials, (q) => index.suggest(q)),
  };
}

/** Runs the measurement in a fresh Node process with the given V8 flags. */
export function measureScale(v8Flags: string[] = []): ScaleReport {
  const run = spawnSync(process.execPath, [...v8Flags, '--import', 'tsx', import.meta.filename], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`faq-scale failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ScaleReport;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(measure()));
}

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

/** Microseconds per call over all inputs, after one untimed pass to warm the JIT up. */
export function latency(inputs: readonly string[], call: (input: string) => unknown): Latency {
  for (const input of inputs) call(input);
  const micros = inputs.map((input) => {
    const start = performance.now();
    call(input);
    return (performance.now() - start) * 1000;
  });
  micros.sort((a, b) => a - b);
  const at = (p: number) => micros[Math.min(micros.length - 1, Math.floor(p * micros.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: micros.at(-1) ?? 0 };
}

/** First normalise() of traditional Chinese in a fresh process: what the lazy converter costs. */
export function converterLoadMillis(): number {
  const module = resolve(import.meta.dirname, '../../knowledge/normalise.ts');
  const script = `const { normalise } = await import(${JSON.stringify(module)});
normalise('warm up');
const start = performance.now();
normalise('還款帳戶');
console.log(performance.now() - start);`;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
    },
  );
  return Number(run.stdout.trim());
}

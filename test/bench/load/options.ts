import { parseArgs } from 'node:util';

export interface LoadOptions {
  visitors: number;
  agents: number;
  /** Messages per second, all visitors together, in the rate phase. */
  rate: number;
  /** Length of the rate phase. */
  seconds: number;
  /** Length of the measured full-speed phase, after its warm-up. */
  fullSeconds: number;
  warmupSeconds: number;
  /** Full-speed rounds of each server, alternating between them; throughput is the median. */
  rounds: number;
  /** Messages each visitor keeps in flight at full speed. */
  window: number;
  /** Write CPU profiles of both servers' full-speed phase into this directory (slows it down). */
  profileDir: string | null;
}

/** Without flags: small enough to stay quick (`npm run bench` shortens the rate phase too). */
export const LOAD_DEFAULTS: LoadOptions = {
  visitors: 500,
  agents: 20,
  rate: 200,
  seconds: 20,
  fullSeconds: 5,
  warmupSeconds: 1,
  rounds: 3,
  window: 4,
  profileDir: null,
};

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0)) throw new Error(`--${name} needs a positive number, got ${value}`);
  return n;
};

/**
 * `--visitors 2000 --agents 50 --rate 200 --seconds 20 --full-seconds 5 --rounds 3 --window 4
 * --profile DIR`
 */
export function parseLoadOptions(args: string[]): LoadOptions {
  const { values } = parseArgs({
    args,
    options: {
      visitors: { type: 'string' },
      agents: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      'full-seconds': { type: 'string' },
      rounds: { type: 'string' },
      window: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const d = LOAD_DEFAULTS;
  return {
    visitors: Math.round(positive('visitors', values.visitors, d.visitors)),
    agents: Math.round(positive('agents', values.agents, d.agents)),
    rate: positive('rate', values.rate, d.rate),
    seconds: positive('seconds', values.seconds, d.seconds),
    fullSeconds: positive('full-seconds', values['full-seconds'], d.fullSeconds),
    warmupSeconds: d.warmupSeconds,
    rounds: Math.round(positive('rounds', values.rounds, d.rounds)),
    window: Math.round(positive('window', values.window, d.window)),
    profileDir: values.profile ?? null,
  };
}

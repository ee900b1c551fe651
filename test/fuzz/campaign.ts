import fc from 'fast-check';
import { TEST_ADMIN } from '../helpers/server.ts';
import { caseArbitrary, describeCase, type FuzzCase } from './cases.ts';
import { changedTables, openFingerprint, type FuzzDatabase } from './fingerprint.ts';
import { mustReject } from './predict.ts';
import { ANSWER_TIMEOUT_MS, execute, type Outcome, type ProblemKind } from './runner.ts';
import { prepare, type Prepared } from './setup.ts';

export interface FuzzCampaignOptions {
  /** The server under test, e.g. http://127.0.0.1:3000 (in-process or a child process). */
  url: string;
  cases: number;
  /** The same seed sends the same cases. Default 1. */
  seed?: number;
  /** The server's database, read over a connection of the campaign's to see what refused input stored. */
  database: FuzzDatabase;
  /** An admin account of that server; default the test admin (KEFU_ADMIN_EMAIL / _PASSWORD). */
  admin?: { email: string; password: string };
  /** Cases sent at once where they may run side by side. Default 32. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface FuzzCampaignResult {
  cases: number;
  /** The server stopped answering its health check (or refused connections). */
  serverCrashes: number;
  /** 5xx answers and `internal` acks. */
  errors5xx: number;
  /** No answer within ANSWER_TIMEOUT_MS although one was asked for (ack callback, request). */
  hangs: number;
  /** Refused (or unacknowledged) input after which the stored data had changed. */
  storedForRejected: number;
  /** Errors without the `{ code, message }` shape, or a dropped connection. */
  unclearErrors: number;
  /** Input the server's own schemas refuse, answered with success. */
  acceptedInvalid: number;
  accepted: number;
  rejected: number;
  seconds: number;
  casesPerSecond: number;
  /** The first problems, each with the case that caused it. */
  problems: string[];
}

/** Cases generated (and checked against the stored data) together. */
const CHUNK = 200;
const MAX_PROBLEMS = 25;

const COUNTERS: Record<ProblemKind, 'errors5xx' | 'hangs' | 'unclearErrors' | 'acceptedInvalid'> = {
  '5xx': 'errors5xx',
  hang: 'hangs',
  unclear: 'unclearErrors',
  'accepted-invalid': 'acceptedInvalid',
};

/** Accepted, it changes nothing stored: may run beside refused input. */
function readOnly(c: FuzzCase): boolean {
  if (c.kind === 'http') return c.target.method === 'GET';
  if (c.kind === 'event') return c.target.readOnly;
  return true;
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Sends `cases` generated cases (fast-check, from the protocol's zod schemas plus hostile
 * mutations) to every socket event and REST route of a running Kefu server and counts what
 * went wrong. Per chunk, the cases the server must refuse and the reads run `concurrency` at a
 * time on a quiet server, and the stored data must be the same after them; a change is traced
 * by sending each refused case again alone (and still counted if none repeats it). Cases that
 * may be accepted run one by one after. The health check answers after every chunk, or the
 * campaign stops there. The same seed sends the same cases.
 */
export async function runFuzzCampaign(options: FuzzCampaignOptions): Promise<FuzzCampaignResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const result: FuzzCampaignResult = {
    cases: 0,
    serverCrashes: 0,
    errors5xx: 0,
    hangs: 0,
    storedForRejected: 0,
    unclearErrors: 0,
    acceptedInvalid: 0,
    accepted: 0,
    rejected: 0,
    seconds: 0,
    casesPerSecond: 0,
    problems: [],
  };
  const note = (detail: string) => {
    if (result.problems.length < MAX_PROBLEMS) result.problems.push(detail);
  };
  const store = await openFingerprint(options.database);
  const target: Prepared = await prepare(options.url, options.admin ?? TEST_ADMIN);
  const arbitrary = caseArbitrary(target.hints);

  const run = async (c: FuzzCase, reject: boolean): Promise<Outcome> => {
    const outcome = await execute(target.senders, c, reject);
    result.cases += 1;
    if (outcome.verdict === 'accepted') result.accepted += 1;
    if (outcome.verdict === 'rejected') result.rejected += 1;
    if (outcome.problem) {
      result[COUNTERS[outcome.problem.kind]] += 1;
      note(`${outcome.problem.kind}: ${outcome.problem.detail} ← ${describeCase(c)}`);
    }
    return outcome;
  };
  /** Waits until the server has committed nothing for `ms` (routing after an accepted case). */
  const quiet = async (ms: number) => {
    for (let i = 0; i < 40; i++) {
      const before = await store.version();
      await new Promise((r) => setTimeout(r, ms));
      if ((await store.version()) === before) return;
    }
  };
  /**
   * Sends a suspect case again, alone; it stored something only if the data changes every
   * time, also on a quiet server (background work does not repeat on cue).
   */
  const confirmStored = async (c: FuzzCase, reject: boolean): Promise<boolean> => {
    let changed: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) await quiet(150);
      const before = await store.digest();
      const outcome = await execute(target.senders, c, reject);
      await target.barrier();
      if (outcome.verdict === 'accepted') return false;
      changed = changedTables(before, await store.digest());
      if (changed.length === 0) return false;
    }
    result.storedForRejected += 1;
    note(`stored for refused input (${changed.join(', ')}) ← ${describeCase(c)}`);
    return true;
  };

  try {
    for (let chunk = 0; result.cases < options.cases; chunk++) {
      const size = Math.min(CHUNK, options.cases - result.cases);
      const cases = fc.sample(arbitrary, { seed: seed * 1_000_003 + chunk, numRuns: size });
      const side: { c: FuzzCase; reject: boolean; outcome?: Outcome }[] = [];
      const alone: { c: FuzzCase; reject: boolean }[] = [];
      for (const c of cases) {
        const reject = mustReject(c);
        (reject || readOnly(c) ? side : alone).push({ c, reject });
      }

      // Nothing else runs meanwhile: whatever the chunk's refused cases leave changed is theirs.
      await quiet(40);
      const before = await store.digest();
      await pool(side, options.concurrency ?? 32, async (item) => {
        item.outcome = await run(item.c, item.reject);
      });
      await target.barrier();
      const changed = changedTables(before, await store.digest());
      if (changed.length > 0) {
        await quiet(150);
        let found = false;
        for (const item of side) {
          if (item.outcome?.verdict === 'accepted') continue;
          if (await confirmStored(item.c, item.reject)) found = true;
        }
        // A store that does not repeat (a unique key taken the first time) is still one.
        if (!found) {
          result.storedForRejected += 1;
          note(`refused cases of chunk ${chunk} changed ${changed.join(', ')}; none did it again`);
        }
      }

      for (const item of alone) {
        const version = await store.version();
        const outcome = await run(item.c, item.reject);
        if (outcome.verdict !== 'accepted' && (await store.version()) !== version) {
          await quiet(150);
          await confirmStored(item.c, item.reject);
        }
      }

      for (const drop of target.dropped.splice(0)) {
        result.unclearErrors += 1;
        note(`the server dropped a socket: ${drop}`);
      }
      if (!(await healthy(options.url))) {
        result.serverCrashes += 1;
        note(`no health answer after chunk ${chunk}`);
        break;
      }
      options.onProgress?.(result.cases, options.cases);
    }
  } finally {
    target.close();
    await store.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  result.casesPerSecond = Math.round(result.cases / result.seconds);
  return result;
}

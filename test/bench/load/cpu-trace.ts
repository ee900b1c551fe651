import { Worker } from 'node:worker_threads';

/**
 * Runs in a worker thread, whose event loop stays free however busy the main one is: samples
 * this process's CPU time (process.cpuUsage is process-wide) and the whole machine's busy time
 * every 100 ms with wall-clock stamps, and answers for any window afterwards.
 */
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
const { cpus } = require('node:os');
const samples = [];
function sample() {
  const u = process.cpuUsage();
  let machine = 0;
  for (const { times } of cpus()) machine += times.user + times.nice + times.sys + times.irq;
  samples.push({ at: Date.now(), process: (u.user + u.system) / 1000, machine });
}
sample();
setInterval(sample, 100);
parentPort.on('message', ({ id, from, to }) => {
  const inside = samples.filter((s) => s.at >= from && s.at <= to);
  const a = inside[0];
  const b = inside[inside.length - 1];
  const span = a && b ? b.at - a.at : 0;
  const pct = (key) => (span > 0 ? ((b[key] - a[key]) * 100) / span : 0);
  parentPort.postMessage({ id, process: pct('process'), machine: pct('machine') });
});
`;

/** CPU of a window, in % of one core: this process, and every process on the machine. */
export interface CpuShare {
  process: number;
  machine: number;
}

/** CPU use over time, readable for any window afterwards, even one when the process was saturated. */
export class CpuTrace {
  private readonly worker = new Worker(SAMPLER, { eval: true });
  private readonly waiting = new Map<number, (share: CpuShare) => void>();
  private next = 0;

  constructor() {
    this.worker.unref();
    this.worker.on('message', ({ id, ...share }: CpuShare & { id: number }) => {
      this.waiting.get(id)?.(share);
      this.waiting.delete(id);
    });
  }

  /** The window is two Date.now() times. */
  between(from: number, to: number): Promise<CpuShare> {
    const id = (this.next += 1);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ id, from, to });
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

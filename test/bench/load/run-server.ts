import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServerChild } from './child.ts';
import type { Fleet } from './fleet.ts';
import { CpuTrace } from './cpu-trace.ts';
import { Ledger, type PhaseCounts } from './ledger.ts';
import type { LoadOptions } from './options.ts';
import { fullSpeedPhase, ratePhase, settle } from './phases.ts';

export interface ServerReport {
  /** Sockets still connected after both phases. */
  held: number;
  /** Sockets dropped during the run, by reason. */
  drops: Record<string, number>;
  setupSeconds: number;
  rate: PhaseCounts;
  full: PhaseCounts;
  msgsPerSec: number;
  /** RSS with every connection held, before any chat message. */
  idleRssMB: number;
  /** Peak RSS over the whole run. */
  peakRssMB: number;
  /** Server CPU in % of one core: the rate phase, and the measured full-speed window. */
  rateCpu: number;
  fullCpu: number;
  /** The load generator's own CPU in the full-speed window. */
  clientCpu: number;
  /** Every process on the machine together in that window (this one, the server, anything else). */
  machineCpu: number;
  rateLoopP99Ms: number;
  /** ClientIds of both phases: acked; acked but never delivered; delivered twice or more. */
  acked: string[];
  undelivered: string[];
  repeated: string[];
  /** Arrivals of messages this run never sent. */
  strangers: number;
}

export type FleetFactory = (
  url: string,
  visitors: number,
  agents: number,
  arrived: (clientId: string) => void,
) => Promise<Fleet>;

const MB = 1024 * 1024;

/**
 * One server under the whole procedure: connect the fleet, a rate phase at `options.rate`,
 * then full speed (CPU-profiled into `options.profileDir` as `<name>-full-speed.cpuprofile`
 * when asked). CPU figures cover the sending windows only, not warm-up or drain. The child
 * is stopped before this returns.
 */
export async function runServer(
  name: string,
  child: ServerChild,
  makeFleet: FleetFactory,
  options: LoadOptions,
): Promise<ServerReport> {
  const ledger = new Ledger();
  try {
    const setupStart = performance.now();
    const fleet = await makeFleet(child.url, options.visitors, options.agents, (id) =>
      ledger.deliver(id),
    );
    const setupSeconds = (performance.now() - setupStart) / 1000;
    const cpu = new CpuTrace();
    try {
      const idle = await child.usage();
      const rate = await ratePhase(fleet, ledger, options.rate, options.seconds);
      const afterRate = await child.usage();
      await settle(ledger, 'rate');

      if (options.profileDir) await child.startProfile();
      const full = await fullSpeedPhase(fleet, ledger, 'full', options);
      if (options.profileDir) {
        await child.stopProfile(join(options.profileDir, `${name}-full-speed.cpuprofile`));
      }
      await settle(ledger, 'full');
      const here = await cpu.between(full.from, full.to);
      return {
        held: fleet.held(),
        drops: Object.fromEntries(fleet.drops()),
        setupSeconds,
        rate: ledger.counts('rate'),
        full: ledger.counts('full'),
        msgsPerSec: full.deliveredPerSec(),
        idleRssMB: idle.rssBytes / MB,
        peakRssMB: (await child.usage()).maxRssBytes / MB,
        rateCpu: await child.cpuBetween(rate.from, rate.to),
        fullCpu: await child.cpuBetween(full.from, full.to),
        clientCpu: here.process,
        machineCpu: here.machine,
        rateLoopP99Ms: afterRate.loopDelayP99Ms,
        acked: ledger.acked(),
        undelivered: ledger.undelivered(),
        repeated: ledger.repeated(),
        strangers: ledger.strangers,
      };
    } finally {
      await cpu.stop();
      fleet.close();
    }
  } finally {
    await child.stop();
  }
}

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServerChild } from './child.ts';
import type { Fleet } from './fleet.ts';
import { CpuTrace } from './cpu-trace.ts';
import { Ledger, type PhaseCounts } from './ledger.ts';
import type { LoadOptions } from './options.ts';
import { fullSpeedPhase, ratePhase, settle } from './phases.ts';

/** One full-speed round of one server. CPU in % of one core over its measured window. */
interface Round {
  msgsPerSec: number;
  serverCpu: number;
  clientCpu: number;
  machineCpu: number;
}

export interface ServerReport {
  /** Sockets still connected after every phase. */
  held: number;
  /** Sockets dropped during the run, by reason. */
  drops: Record<string, number>;
  setupSeconds: number;
  rate: PhaseCounts;
  /** All full-speed rounds together. */
  full: PhaseCounts;
  /** Delivered per second at full speed: the median round, and every round in run order. */
  msgsPerSec: number;
  roundMsgsPerSec: number[];
  /** RSS with every connection held, before any chat message. */
  idleRssMB: number;
  /** Peak RSS over the whole run. */
  peakRssMB: number;
  /** Server CPU in % of one core: the rate phase, and the median full-speed round. */
  rateCpu: number;
  fullCpu: number;
  /** The load generator's own CPU in the median full-speed round. */
  clientCpu: number;
  /** Every process on the machine together in that round (this one, both servers, anything else). */
  machineCpu: number;
  rateLoopP99Ms: number;
  /** ClientIds of every phase: acked; acked but never delivered; delivered twice or more. */
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * One server's part of the run: its fleet connects and the rate phase runs at once; its
 * full-speed rounds then alternate with the other server's, so that both meet the same
 * moments of a machine whose speed drifts. CPU figures cover the sending windows only, not
 * warm-up or drain.
 */
export class ServerRun {
  private readonly cpu = new CpuTrace();
  private readonly rounds: Round[] = [];
  private rateCpu = 0;
  private rateLoopP99Ms = 0;
  private idleRssBytes = 0;

  private constructor(
    private readonly name: string,
    private readonly child: ServerChild,
    private readonly fleet: Fleet,
    private readonly ledger: Ledger,
    private readonly setupSeconds: number,
    private readonly options: LoadOptions,
  ) {}

  /** Connects the fleet and runs the rate phase; stops the child if either fails. */
  static async open(
    name: string,
    child: ServerChild,
    makeFleet: FleetFactory,
    options: LoadOptions,
  ): Promise<ServerRun> {
    const ledger = new Ledger();
    let fleet: Fleet;
    const setupStart = performance.now();
    try {
      fleet = await makeFleet(child.url, options.visitors, options.agents, (id) =>
        ledger.deliver(id),
      );
    } catch (err) {
      await child.stop();
      throw err;
    }
    const run = new ServerRun(
      name,
      child,
      fleet,
      ledger,
      (performance.now() - setupStart) / 1000,
      options,
    );
    try {
      await run.ratePhase();
    } catch (err) {
      await run.stop();
      throw err;
    }
    return run;
  }

  private async ratePhase(): Promise<void> {
    this.idleRssBytes = (await this.child.usage()).rssBytes;
    const rate = await ratePhase(this.fleet, this.ledger, this.options.rate, this.options.seconds);
    this.rateLoopP99Ms = (await this.child.usage()).loopDelayP99Ms;
    await settle(this.ledger, 'rate');
    this.rateCpu = await this.child.cpuBetween(rate.from, rate.to);
  }

  /** One full-speed round; the first is CPU-profiled into `options.profileDir` when asked. */
  async fullRound(): Promise<void> {
    const profile = this.options.profileDir !== null && this.rounds.length === 0;
    if (profile) await this.child.startProfile();
    const full = await fullSpeedPhase(this.fleet, this.ledger, 'full', {
      ...this.options,
      round: this.rounds.length,
    });
    if (profile && this.options.profileDir) {
      await this.child.stopProfile(
        join(this.options.profileDir, `${this.name}-full-speed.cpuprofile`),
      );
    }
    await settle(this.ledger, 'full');
    const here = await this.cpu.between(full.from, full.to);
    this.rounds.push({
      msgsPerSec: full.deliveredPerSec(),
      serverCpu: await this.child.cpuBetween(full.from, full.to),
      clientCpu: here.process,
      machineCpu: here.machine,
    });
  }

  /** The figures of every phase, with the fleet still connected (`stop` ends the run). */
  async finish(): Promise<ServerReport> {
    const of = (key: keyof Round) => median(this.rounds.map((r) => r[key])) ?? 0;
    return {
      held: this.fleet.held(),
      drops: Object.fromEntries(this.fleet.drops()),
      setupSeconds: this.setupSeconds,
      rate: this.ledger.counts('rate'),
      full: this.ledger.counts('full'),
      msgsPerSec: of('msgsPerSec'),
      roundMsgsPerSec: this.rounds.map((r) => r.msgsPerSec),
      idleRssMB: this.idleRssBytes / MB,
      peakRssMB: (await this.child.usage()).maxRssBytes / MB,
      rateCpu: this.rateCpu,
      fullCpu: of('serverCpu'),
      clientCpu: of('clientCpu'),
      machineCpu: of('machineCpu'),
      rateLoopP99Ms: this.rateLoopP99Ms,
      acked: this.ledger.acked(),
      undelivered: this.ledger.undelivered(),
      repeated: this.ledger.repeated(),
      strangers: this.ledger.strangers,
    };
  }

  /** Stops the fleet and the child. */
  async stop(): Promise<void> {
    await this.cpu.stop();
    this.fleet.close();
    await this.child.stop();
  }
}

import type { RetentionSettings } from '../../../protocol/index.ts';
import type { Logger } from '../../logger.ts';
import type { Timers } from '../../timers.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { applyRetention } from './retention.ts';

/** The first pass waits a little after start-up or after retention is switched on. */
export const RETENTION_FIRST_RUN_MS = 5 * 60_000;
export const RETENTION_INTERVAL_MS = 24 * 60 * 60_000;

/** Lets chats and requests run between two batches of deletions. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Applies retention daily while an admin has it on, and holds no timer while it is off. Follows
 * the saved setting (`follow`), so switching it on or off needs no restart.
 */
export class RetentionJob {
  private cancel: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: Pick<ServiceDeps, 'store' | 'clock' | 'files'>,
    private readonly timers: Timers,
    private readonly logger: Logger,
  ) {}

  /** Arms the job if retention is on. */
  async start(): Promise<void> {
    this.follow((await getDeskSettings(this.deps)).retention);
  }

  /** Retention was saved: on, the next pass comes shortly; off, nothing more is planned. */
  follow(retention: RetentionSettings): void {
    this.cancel?.();
    this.cancel = null;
    if (retention.enabled) this.schedule(RETENTION_FIRST_RUN_MS);
  }

  /** No batch starts after this; resolves once the running one (if any) has committed. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.cancel = this.timers.set(() => {
      this.cancel = null;
      this.running = this.run();
    }, ms);
  }

  private async run(): Promise<void> {
    let on = true;
    try {
      const deleted = await applyRetention(this.deps, async () => {
        await yieldToOthers();
        return !this.stopped;
      });
      on = deleted !== null;
      if (deleted) this.logger.info({ deleted }, 'retention: old transcripts deleted');
    } catch (err) {
      this.logger.error({ err }, 'retention: deleting old transcripts failed');
    }
    this.running = null;
    // A change saved meanwhile has planned the next pass already.
    if (on && this.cancel === null) this.schedule(RETENTION_INTERVAL_MS);
  }
}

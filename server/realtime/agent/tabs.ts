import type { Timers } from '../../timers.ts';

/**
 * Counts each agent's open console tabs in this process and reports an agent gone only when
 * their last tab stayed closed for the grace period, so a reload or a short drop is not
 * leaving. Per process: in a cluster the namespace asks the other nodes before calling an
 * agent gone.
 */
export class ConsoleTabs {
  private readonly open = new Map<string, number>();
  private readonly leaving = new Map<string, () => void>();

  constructor(
    private readonly timers: Timers,
    private readonly graceMs: number,
    private readonly onGone: (agentId: string) => void,
  ) {}

  opened(agentId: string): void {
    this.leaving.get(agentId)?.();
    this.leaving.delete(agentId);
    this.open.set(agentId, (this.open.get(agentId) ?? 0) + 1);
  }

  closed(agentId: string): void {
    const left = (this.open.get(agentId) ?? 1) - 1;
    if (left > 0) {
      this.open.set(agentId, left);
      return;
    }
    this.open.delete(agentId);
    const cancel = this.timers.set(() => {
      this.leaving.delete(agentId);
      this.onGone(agentId);
    }, this.graceMs);
    this.leaving.set(agentId, cancel);
  }

  /** On shutdown: nobody is reported gone because the server stopped. */
  stop(): void {
    for (const cancel of this.leaving.values()) cancel();
    this.leaving.clear();
  }
}

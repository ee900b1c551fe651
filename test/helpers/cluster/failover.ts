import type { ChatAgent } from '../delivery/agent.ts';
import type { ChatFleet } from '../delivery/fleet.ts';
import type { ChatVisitor } from '../delivery/visitor.ts';

/** One client whose link dropped after the kill: when, and when it was chatting again. */
export interface Dropped {
  client: ChatVisitor | ChatAgent;
  /** Acks it had when its link dropped. */
  ackedThen: number;
  /** Milliseconds from the kill to its first ack after the drop; null while it has none. */
  backAfterMs: number | null;
}

const LOOK_MS = 10;

/**
 * Watches a fleet through a node's death. No other fault is made, so the clients whose link
 * drops after `start` are the dead node's: the balancer closes their side when the node's
 * side goes. Each is chatting again at its first acked message after the drop, which can
 * only have come through another node.
 */
export class FailoverWatch {
  readonly dropped = new Map<ChatVisitor | ChatAgent, Dropped>();
  private readonly since = Date.now();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly stopWatching: (() => void)[] = [];

  constructor(fleet: ChatFleet) {
    for (const client of [...fleet.visitors, ...fleet.agents]) {
      // The Manager's close: the link itself dropped, whichever namespace rides on it.
      const manager = client.socket.io;
      const onClose = () => {
        if (!this.dropped.has(client)) {
          this.dropped.set(client, { client, ackedThen: client.acked.size, backAfterMs: null });
        }
      };
      manager.on('close', onClose);
      this.stopWatching.push(() => manager.off('close', onClose));
    }
    this.timer = setInterval(() => this.look(), LOOK_MS);
  }

  /** Whether every dropped client has an ack after its drop. */
  get allBack(): boolean {
    return [...this.dropped.values()].every((d) => d.backAfterMs !== null);
  }

  /** The longest time from the kill until a dropped client chatted again; null if one has not. */
  get slowestMs(): number | null {
    let slowest = 0;
    for (const d of this.dropped.values()) {
      if (d.backAfterMs === null) return null;
      slowest = Math.max(slowest, d.backAfterMs);
    }
    return slowest;
  }

  stop(): void {
    clearInterval(this.timer);
    for (const stop of this.stopWatching) stop();
  }

  private look(): void {
    const now = Date.now();
    for (const d of this.dropped.values()) {
      if (d.backAfterMs === null && d.client.acked.size > d.ackedThen) {
        d.backAfterMs = now - this.since;
      }
    }
  }
}

import type { Ack } from '../../../protocol/index.ts';
import type { Logger } from '../../logger.ts';
import { liveSession } from '../../services/auth/authenticate.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { Timers } from '../../timers.ts';
import { inOrder } from '../in-order.ts';
import type { AgentSocket } from './types.ts';

const ENDED: Ack<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Your sign-in has ended. Please sign in again.' },
};
const FAILED: Ack<never> = {
  ok: false,
  error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
};

/** Answers an event's ack, if it came with one, without running the event. */
function refuse(args: unknown[], ack: Ack<never>): void {
  const callback = args.at(-1);
  if (typeof callback === 'function') callback(ack);
}

/**
 * A console socket lives no longer than its sign-in. Every event first checks the session:
 * an expired or ended one is refused `unauthorized` and the socket dropped, a live one counts
 * as activity. One timer, set for the earliest end among the open sockets, drops a socket that
 * sends nothing when its session ends, so an expired sign-in stops receiving chats.
 */
export class SessionWatch {
  /** Each open socket's session end, in ms. */
  private readonly ends = new Map<AgentSocket, number>();
  private armedFor: number | null = null;
  private cancel = (): void => {};

  constructor(
    private readonly deps: Pick<ServiceDeps, 'store' | 'clock'>,
    private readonly timers: Timers,
    private readonly logger: Logger,
  ) {}

  watch(socket: AgentSocket): void {
    // Each check reads the store, and reads may come back in any order: events pass in order.
    const checks = inOrder();
    socket.use(([, ...args], next) => {
      checks(() => this.refresh(socket)).then(
        (live) => {
          if (live) return next();
          refuse(args, ENDED);
          this.end(socket);
        },
        (err: unknown) => {
          this.logger.error({ err, agentId: socket.data.agentId }, 'could not check a session');
          refuse(args, FAILED);
        },
      );
    });
    socket.on('disconnect', () => {
      this.ends.delete(socket);
      this.schedule();
    });
    this.check(socket);
  }

  /** On shutdown: nothing left to wake up for. */
  stop(): void {
    this.cancel();
    this.ends.clear();
  }

  /** Whether the socket's session is still live, noting when it ends. */
  private async refresh(socket: AgentSocket): Promise<boolean> {
    const live = await liveSession(this.deps, socket.data.sessionId);
    if (!live || !socket.connected) return false;
    this.ends.set(socket, live.endsAt.getTime());
    this.schedule();
    return true;
  }

  /** Drops the socket if its session has ended. */
  private check(socket: AgentSocket): void {
    this.refresh(socket).then(
      (live) => live || this.end(socket),
      (err: unknown) =>
        this.logger.error({ err, agentId: socket.data.agentId }, 'could not check a session'),
    );
  }

  /** The client sees a server disconnect, reconnects, is refused and shows the sign-in form. */
  private end(socket: AgentSocket): void {
    this.ends.delete(socket);
    this.schedule();
    socket.disconnect();
  }

  private schedule(): void {
    const next = this.ends.size > 0 ? Math.min(...this.ends.values()) : null;
    if (next === this.armedFor) return;
    this.cancel();
    this.cancel = () => {};
    this.armedFor = next;
    if (next === null) return;
    // At least a second: a check that failed (the database away) is not retried in a tight loop.
    const wait = Math.max(1000, next - this.deps.clock.now().getTime());
    this.cancel = this.timers.set(() => {
      this.armedFor = null;
      this.cancel = () => {};
      this.sweep();
    }, wait);
  }

  /** Checks the sockets whose sessions should have ended by now (activity elsewhere may have kept them). */
  private sweep(): void {
    const now = this.deps.clock.now().getTime();
    const due = [...this.ends].filter(([, end]) => end <= now).map(([socket]) => socket);
    if (due.length === 0) return this.schedule();
    for (const socket of due) this.check(socket);
  }
}

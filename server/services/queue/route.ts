import type { Logger } from '../../logger.ts';
import type { Timers } from '../../timers.ts';
import type { RoutableAgent } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { assignFromQueue } from './assign.ts';
import { pickAgent } from './pick-agent.ts';

/**
 * One pass over the queue, priority tiers first, then longest waiting: each conversation goes to the best online
 * agent of its department who has room. Loads are read once per pass and counted up as
 * chats are given out; an agent serving two departments is one entry in both pools.
 * Returns how many conversations were assigned.
 */
export async function routeQueue(deps: ServiceDeps): Promise<number> {
  const queued = await deps.store.conversations.listQueued(null);
  const agents = new Map<string, RoutableAgent>();
  const pools = new Map<string, RoutableAgent[]>();
  const load = async (department: string) => {
    const pool = (await deps.store.agents.listRoutable(department)).map((a) => {
      const shared = agents.get(a.id);
      if (!shared) agents.set(a.id, a);
      return shared ? Object.assign(shared, a) : a;
    });
    pools.set(department, pool);
    return pool;
  };
  let assigned = 0;
  for (const conversation of queued) {
    const department = conversation.departmentId;
    if (!department) continue;
    for (let attempt = 0; attempt < ATTEMPTS_PER_CHAT; attempt += 1) {
      const agent = pickAgent(pools.get(department) ?? (await load(department)));
      if (!agent) break;
      const row = await assignFromQueue(deps, conversation, agent.id, null);
      if (row) {
        agent.activeChats += 1;
        agent.lastAssignedAt = row.assignedAt;
        assigned += 1;
        break;
      }
      // Someone else was first: to this chat (done with it), or, on another node, to the
      // agent's last free place: then this chat is tried again on a fresh read of the pool,
      // as no event may come to route it later.
      if ((await deps.store.conversations.get(conversation.id))?.status !== 'queued') break;
      await load(department);
    }
  }
  return assigned;
}

/** A bound on picking again for one chat, for pools changing faster than they are read. */
const ATTEMPTS_PER_CHAT = 5;

/**
 * Routing also runs this often without an event: a pass that failed (the database busy or
 * unreachable for a moment) is tried again well within the 20 seconds a desk aims to answer in.
 */
export const ROUTE_SWEEP_MS = 5_000;

/**
 * Runs routing whenever something may let a waiting chat through (a new entry, an agent
 * coming online, a chat ending). Kicks while a pass runs fold into one more pass, so a burst
 * of 2,000 handoffs costs a few passes, not 2,000.
 */
export class QueueRouter {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly logger: Logger,
  ) {}

  /** Kicks every `ms` until the returned function is called. */
  sweep(timers: Timers, ms = ROUTE_SWEEP_MS): () => void {
    const tick = () => {
      this.kick();
      cancel = timers.set(tick, ms);
    };
    let cancel = timers.set(tick, ms);
    return () => cancel();
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  /** Resolves once no pass is running: for a clean shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await routeQueue(this.deps);
      } catch (err) {
        this.logger.error({ err }, 'routing the queue failed');
      }
    } while (this.again);
    this.running = null;
  }
}

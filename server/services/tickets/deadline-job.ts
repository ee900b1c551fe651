import { OPEN_TICKET_STATUSES } from '../../../protocol/index.ts';
import type { Logger } from '../../logger.ts';
import type { Timers } from '../../timers.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { announce, contactsOf } from './commit.ts';
import { hoursAfter } from './hours.ts';

/** How often open tickets are checked against their due times. */
export const TICKET_DEADLINE_CHECK_MS = 5 * 60_000;
const BATCH = 200;
/** A pass handles at most this many batches; the next pass takes the rest. */
const MAX_BATCHES = 50;

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

/**
 * Gives each open ticket its deadline warnings once per due time: `due_soon` within the
 * desk's warning time, `overdue` once past. Each goes into the timeline (by Kefu, no agent)
 * and to the owner's and the department contacts' consoles. Returns how many were given.
 */
export async function checkTicketDeadlines(deps: Deps): Promise<number> {
  const { dueSoonHours } = (await getDeskSettings(deps)).tickets;
  const now = deps.clock.now();
  const soon = hoursAfter(now, dueSoonHours);
  let given = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const due = await deps.store.tickets.dueForNotice(now.toISOString(), soon, BATCH);
    for (const ticket of due) {
      const overdue = Date.parse(ticket.dueAt) <= now.getTime();
      const at = now.toISOString();
      const after = await deps.store.tickets.apply(
        ticket.id,
        {
          statuses: OPEN_TICKET_STATUSES,
          dueAt: ticket.dueAt,
          unnoticed: overdue ? 'overdue' : 'dueSoon',
        },
        overdue ? { overdueNoticedAt: at } : { dueSoonNoticedAt: at },
        {
          kind: overdue ? 'overdue' : 'due_soon',
          actorAgentId: null,
          fromStatus: null,
          toStatus: null,
          details: { dueAt: ticket.dueAt },
          at,
        },
      );
      // Changed meanwhile (resolved, new due time): the next pass looks at it afresh.
      if (!after) continue;
      given += 1;
      const contacts = await contactsOf(deps, after.departmentId);
      await announce(
        deps,
        after,
        { reason: overdue ? 'overdue' : 'due_soon', agentIds: [after.ownerId, ...contacts] },
        null,
      );
    }
    if (due.length < BATCH) break;
  }
  return given;
}

/** Runs the check every few minutes on the app's timers, so a test's fake clock drives it. */
export class TicketDeadlineJob {
  private cancel: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: Deps,
    private readonly timers: Timers,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.schedule();
  }

  /** No pass starts after this; resolves once the running one (if any) is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.cancel = this.timers.set(() => {
      this.cancel = null;
      this.running = this.run();
    }, TICKET_DEADLINE_CHECK_MS);
  }

  private async run(): Promise<void> {
    try {
      const given = await checkTicketDeadlines(this.deps);
      if (given > 0) this.logger.info({ given }, 'tickets: deadline warnings given');
    } catch (err) {
      this.logger.error({ err }, 'tickets: checking deadlines failed');
    }
    this.running = null;
    this.schedule();
  }
}

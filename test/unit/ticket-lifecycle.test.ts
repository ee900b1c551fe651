import { describe, expect, it } from 'vitest';
import { TICKET_ACTIONS, TICKET_STATUSES, type TicketStatus } from '../../protocol/index.ts';
import { createLogger } from '../../server/logger.ts';
import { DomainEvents } from '../../server/services/events.ts';
import { changeTicketStatus } from '../../server/services/tickets/change.ts';
import { createTicket } from '../../server/services/tickets/create.ts';
import { decide, type Party } from '../../server/services/tickets/lifecycle.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import { FakeClock } from '../helpers/server.ts';

const ALL: Party[] = ['owner', 'contact', 'member', 'admin'];
const steps = [...TICKET_ACTIONS, 'follow_up'] as const;

/** A status each step may be taken from. */
const WHERE_ALLOWED: Record<(typeof steps)[number], TicketStatus> = {
  close: 'resolved',
  reopen: 'closed',
  start: 'new',
  escalate: 'in_progress',
  return: 'waiting_department',
  resolve: 'in_progress',
  follow_up: 'resolved',
};

/** Every (step, status) the lifecycle allows anyone at all, as `status -step-> next`. */
function allowedMoves(): string[] {
  const moves: string[] = [];
  for (const step of steps) {
    for (const status of TICKET_STATUSES) {
      const d = decide(step, status, new Set(ALL));
      if (d.ok) moves.push(`${status} -${step}-> ${d.to}`);
    }
  }
  return moves.sort();
}

describe('the ticket lifecycle', () => {
  it('allows exactly the moves of the issue, and nothing else', () => {
    expect(allowedMoves()).toEqual(
      [
        'new -start-> in_progress',
        'returned -start-> in_progress',
        'new -escalate-> waiting_department',
        'in_progress -escalate-> waiting_department',
        'returned -escalate-> waiting_department',
        'waiting_department -return-> returned',
        'in_progress -resolve-> resolved',
        'waiting_department -resolve-> resolved',
        'resolved -follow_up-> followed_up',
        'resolved -close-> closed',
        'followed_up -close-> closed',
        'resolved -reopen-> in_progress',
        'followed_up -reopen-> in_progress',
        'closed -reopen-> in_progress',
      ].sort(),
    );
  });

  it.each([
    ['close', ['owner', 'admin']],
    ['reopen', ['owner', 'admin']],
    ['start', ['owner', 'admin']],
    ['escalate', ['owner', 'admin']],
    ['return', ['contact', 'admin']],
    ['resolve', ['owner', 'contact', 'admin']],
    ['follow_up', ['owner', 'admin']],
  ] as const)('lets only %s be done by %j', (step, who) => {
    const status = WHERE_ALLOWED[step];
    const may = ALL.filter((p) => decide(step, status, new Set([p])).ok);
    expect(may).toEqual(who);
  });

  it('says forbidden for the wrong person before conflict for the wrong status', () => {
    const member = decide('close', 'new', new Set(['member']));
    expect(member).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: "Only the ticket's owner or an admin can close this ticket.",
      },
    });
    const owner = decide('close', 'new', new Set(['owner']));
    expect(owner).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This ticket is new: only a ticket that is resolved or followed up can be closed.',
      },
    });
  });
});

describe('two changes from the same version', () => {
  it('store one: the other is refused as a conflict and leaves no trace', async () => {
    const clock = new FakeClock();
    const store = openSqliteStore(':memory:', clock);
    const deps = { store, clock, events: new DomainEvents(createLogger('silent')) };
    const at = clock.now().toISOString();
    await store.agents.create({
      id: 'boss',
      email: 'boss@kefu.local',
      name: 'Boss',
      role: 'admin',
      passwordHash: 'x',
      maxChats: 5,
      lang: 'en',
      disabled: false,
      createdAt: at,
      updatedAt: at,
      departments: ['general'],
    });
    const { ticket } = await createTicket(deps, 'boss', {
      type: 'complaint',
      priority: 'normal',
      departmentId: 'general',
      title: 'Broken cup',
      description: '',
      customerName: null,
      customerContact: null,
      conversationId: null,
    });
    // Both read version 1 before either writes: only the store's compare-and-set can tell.
    const results = await Promise.allSettled([
      changeTicketStatus(deps, 'boss', ticket.id, {
        action: 'start',
        version: 1,
        reason: null,
        resolution: null,
      }),
      changeTicketStatus(deps, 'boss', ticket.id, {
        action: 'escalate',
        version: 1,
        reason: null,
        resolution: null,
        departmentId: 'general',
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(results[1]).toMatchObject({ reason: { code: 'conflict' } });
    const events = await store.tickets.events(ticket.id);
    expect(events.map((e) => `${e.kind} ${e.fromStatus}→${e.toStatus}`)).toEqual([
      'created null→new',
      'status new→in_progress',
    ]);
    expect(await store.tickets.get(ticket.id)).toMatchObject({ status: 'in_progress', version: 2 });
    await store.close();
  });
});

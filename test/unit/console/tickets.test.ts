import { describe, expect, it } from 'vitest';
import { fieldProblem, toDraft, toInput } from '../../../console/desk/hours-draft.ts';
import {
  dueMark,
  fromLocalInput,
  summaryOf,
  toLocalInput,
} from '../../../console/tickets/format.ts';
import { TICKET_WORDS } from '../../../console/tickets/i18n-shared.ts';
import {
  apiParams,
  hrefOf,
  NO_FILTERS,
  routeOf,
  ticketHref,
} from '../../../console/tickets/route.ts';
import { offeredSteps } from '../../../console/tickets/steps.ts';
import type { DeskSettings, Ticket } from '../../../protocol/index.ts';
import { ticketListQuerySchema } from '../../../protocol/schemas/tickets.ts';

const ticket = (fields: Partial<Ticket> = {}): Ticket => ({
  id: 't1',
  ref: 'GD-2025-00001',
  type: 'complaint',
  priority: 'normal',
  status: 'new',
  departmentId: 'general',
  ownerId: 'mei',
  ownerName: 'Mei',
  title: '杯子碎了',
  description: '杯子碎了\n订单 7788',
  customerName: null,
  customerContact: null,
  source: 'manual',
  conversationId: null,
  leftMessageId: null,
  createdBy: 'mei',
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-01T08:00:00.000Z',
  dueAt: '2025-03-04T08:00:00.000Z',
  overdue: false,
  dueSoon: false,
  resolution: null,
  resolvedAt: null,
  closedAt: null,
  followUp: null,
  version: 1,
  ...fields,
});

const mei = { id: 'mei', role: 'agent' as const, departments: ['general'] };
const li = { id: 'li', role: 'agent' as const, departments: ['after-sales'] };
const ann = { id: 'ann', role: 'agent' as const, departments: ['general'] };
const admin = { id: 'boss', role: 'admin' as const, departments: [] };

describe('the tickets page address', () => {
  it('keeps the filters, the page and the open ticket, and reads back what it wrote', () => {
    const route = {
      filters: {
        ...NO_FILTERS,
        status: 'open' as const,
        owner: 'mine' as const,
        due: 'soon' as const,
      },
      page: 2,
      view: { kind: 'ticket' as const, id: 'Hq2v-x_1' },
    };
    const href = hrefOf(route);
    expect(href).toBe('#tickets/t/Hq2v-x_1?status=open&owner=mine&due=soon&page=2');
    expect(routeOf(href)).toEqual(route);
    expect(routeOf(hrefOf({ ...route, view: { kind: 'new' } })).view).toEqual({ kind: 'new' });
    expect(ticketHref('abc')).toBe('#tickets/t/abc');
  });

  it('is plain #tickets without filters, and drops what it cannot use', () => {
    expect(hrefOf({ filters: NO_FILTERS, page: 1, view: { kind: 'list' } })).toBe('#tickets');
    expect(
      routeOf('#tickets/?status=lost&type=spam&owner=bob&due=later&page=-1&departmentId=a%20b'),
    ).toEqual({
      filters: NO_FILTERS,
      page: 1,
      view: { kind: 'list' },
    });
    expect(routeOf('#tickets/t/../../x').view).toEqual({ kind: 'list' });
  });

  it('asks the server only what its schema accepts; mine and unassigned become owner filters', () => {
    const mine = routeOf(
      '#tickets/?type=complaint&owner=mine&due=overdue&departmentId=sales&page=3',
    );
    expect(ticketListQuerySchema.parse(Object.fromEntries(apiParams(mine, 'mei')))).toEqual({
      type: 'complaint',
      ownerId: 'mei',
      due: 'overdue',
      departmentId: 'sales',
      page: 3,
      pageSize: 20,
    });
    const nobody = routeOf('#tickets/?owner=none&status=returned');
    expect(ticketListQuerySchema.parse(Object.fromEntries(apiParams(nobody, 'mei')))).toEqual({
      status: 'returned',
      unowned: 'true',
      page: 1,
      pageSize: 20,
    });
  });
});

describe('the steps a console offers', () => {
  it('follows the lifecycle for the owner, and leaves return to the department', () => {
    expect(offeredSteps(ticket(), mei, true)).toEqual([
      'start',
      'escalate',
      'assign',
      'edit',
      'reply',
    ]);
    const waiting = ticket({ status: 'waiting_department', departmentId: 'after-sales' });
    expect(offeredSteps(waiting, mei, true)).toEqual(['resolve', 'assign', 'edit', 'reply']);
    // Li sees it only as a contact of After-sales: she may return or resolve, not start or close.
    expect(offeredSteps(waiting, li, true)).toEqual([
      'return',
      'resolve',
      'assign',
      'edit',
      'reply',
    ]);
  });

  it('waits for the 回访 before offering to close when the type requires one', () => {
    const resolved = ticket({ status: 'resolved' });
    expect(offeredSteps(resolved, mei, true)).toEqual([
      'follow_up',
      'reopen',
      'assign',
      'edit',
      'reply',
    ]);
    expect(offeredSteps(resolved, mei, false)).toContain('close');
    expect(offeredSteps(ticket({ status: 'followed_up' }), mei, true)).toContain('close');
  });

  it('lets an agent of the department take a ticket nobody owns, and nothing but notes on a closed one', () => {
    const pooled = ticket({ ownerId: null, ownerName: null });
    expect(offeredSteps(pooled, ann, false)[0]).toBe('take');
    expect(offeredSteps(ticket({ status: 'closed' }), mei, false)).toEqual(['reopen', 'reply']);
    expect(offeredSteps(ticket({ status: 'closed' }), { ...li, departments: [] }, false)).toEqual([
      'reply',
    ]);
    expect(offeredSteps(ticket({ status: 'returned' }), admin, false)).toEqual([
      'start',
      'escalate',
      'assign',
      'edit',
      'reply',
    ]);
  });
});

describe('ticket formatting', () => {
  it('marks overdue and due-soon tickets as the server said', () => {
    expect(dueMark({ overdue: true, dueSoon: false })).toBe('overdue');
    expect(dueMark({ overdue: false, dueSoon: true })).toBe('soon');
    expect(dueMark({ overdue: false, dueSoon: false })).toBeNull();
  });

  it('turns a due time into the datetime field and back without moving it', () => {
    const iso = '2025-03-04T08:30:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2025-13-45T99:00')).toBeNull();
  });

  it('summarises a ticket by the first line that is not its title', () => {
    expect(summaryOf(ticket())).toBe('订单 7788');
    expect(summaryOf(ticket({ description: '杯子碎了' }))).toBe('');
    expect(summaryOf(ticket({ description: 'x'.repeat(100) }), 10)).toBe('xxxxxxxxx…');
  });

  it('says why a console is told about a ticket, in both languages', () => {
    expect(TICKET_WORDS['zh-CN'].notice('escalated', 'GD-2025-00001', '杯子碎了')).toBe(
      '工单 GD-2025-00001 已转到您负责的部门：杯子碎了',
    );
    expect(TICKET_WORDS.en.notice('assigned', 'GD-2025-00002', 'Invoice')).toBe(
      'Ticket GD-2025-00002 was assigned to you: Invoice',
    );
  });
});

describe('the ticket settings form', () => {
  const settings = {
    businessHours: { enabled: false, timeZone: 'Asia/Shanghai', weekly: [], holidays: [] },
    departmentPicker: false,
    report: { pickUpSeconds: 20, pickUpTarget: 0.95, satisfactionTarget: 0.9 },
    retention: { enabled: false, months: 24 },
    tickets: {
      deadlineHours: {
        consultation: 48,
        suggestion: 168,
        opinion: 168,
        complaint: 72,
        request: 120,
      },
      followUpRequired: {
        consultation: false,
        suggestion: false,
        opinion: false,
        complaint: true,
        request: false,
      },
      dueSoonHours: 24,
    },
  } satisfies DeskSettings;

  it('sends the deadlines as numbers, an emptied one as nothing for the server to refuse', () => {
    const draft = toDraft(settings);
    draft.tickets.deadlineHours.complaint = '36';
    draft.tickets.deadlineHours.request = ' ';
    draft.tickets.followUpRequired.opinion = true;
    const { input } = toInput(draft);
    expect(input.tickets).toEqual({
      deadlineHours: {
        consultation: 48,
        suggestion: 168,
        opinion: 168,
        complaint: 36,
        request: NaN,
      },
      followUpRequired: {
        consultation: false,
        suggestion: false,
        opinion: true,
        complaint: true,
        request: false,
      },
      dueSoonHours: 24,
    });
  });

  it('finds the field the server named', () => {
    expect(fieldProblem('tickets.deadlineHours.complaint: at least 1 hour', [])).toEqual({
      field: 'tickets',
      ticket: 'complaint',
    });
    expect(fieldProblem('tickets.dueSoonHours: too big', [])).toEqual({
      field: 'tickets',
      ticket: 'dueSoonHours',
    });
  });
});

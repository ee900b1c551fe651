import {
  TICKET_TYPES,
  type ReportTicketDepartment,
  type ReportTicketFigures,
  type ReportTickets,
  type TicketSettings,
  type TicketType,
} from '../../../protocol/index.ts';
import type { DepartmentRow, TicketFacts } from '../../store/types.ts';
import { percentile, share } from './percentiles.ts';

const byTypeZero = (): Record<TicketType, number> =>
  Object.fromEntries(TICKET_TYPES.map((t) => [t, 0])) as Record<TicketType, number>;

/** A period's work-order figures, by the counting rules of protocol/report.ts. */
export function ticketFiguresOf(
  facts: TicketFacts,
  settings: TicketSettings,
  end: string,
): ReportTicketFigures {
  const durations: number[] = [];
  let onTime = 0;
  let followUpBase = 0;
  let followedUp = 0;
  for (const t of facts.resolved) {
    const resolvedMs = Date.parse(t.resolvedAt);
    durations.push((resolvedMs - Date.parse(t.createdAt)) / 1000);
    if (resolvedMs <= Date.parse(t.dueAt)) onTime += 1;
    if (settings.followUpRequired[t.type] || t.followedUp) {
      followUpBase += 1;
      if (t.followedUp) followedUp += 1;
    }
  }
  const total = durations.reduce((sum, d) => sum + d, 0);
  const endMs = Date.parse(end);
  return {
    created: facts.created.length,
    resolved: facts.resolved.length,
    resolvedOnTime: onTime,
    onTimeShare: share(onTime, facts.resolved.length),
    resolutionAverage: share(total, durations.length),
    resolutionP50: percentile(durations, 0.5),
    followUpBase,
    followedUp,
    followUpRate: share(followedUp, followUpBase),
    returned: facts.returned,
    reopened: facts.reopened,
    openAtEnd: facts.openDueAt.length,
    overdueAtEnd: facts.openDueAt.filter((due) => Date.parse(due) < endMs).length,
  };
}

/** The work-order section: this period's and the previous period's figures, and the breakdowns. */
export function ticketsOf(
  current: { facts: TicketFacts; end: string },
  previous: { facts: TicketFacts; end: string },
  settings: TicketSettings,
  departments: readonly DepartmentRow[],
): ReportTickets {
  const types = byTypeZero();
  const rows = new Map<string, ReportTicketDepartment>();
  const names = new Map(departments.map((d) => [d.id, d]));
  for (const t of current.facts.created) {
    types[t.type] += 1;
    let row = rows.get(t.departmentId);
    if (!row) {
      const d = names.get(t.departmentId);
      const nameZh = d?.nameZh ?? t.departmentId;
      const nameEn = d?.nameEn ?? t.departmentId;
      row = { id: t.departmentId, nameZh, nameEn, created: 0, byType: byTypeZero() };
      rows.set(t.departmentId, row);
    }
    row.created += 1;
    row.byType[t.type] += 1;
  }
  return {
    figures: ticketFiguresOf(current.facts, settings, current.end),
    previous: ticketFiguresOf(previous.facts, settings, previous.end),
    departments: [...rows.values()].sort(
      (a, b) => b.created - a.created || a.id.localeCompare(b.id),
    ),
    types,
  };
}

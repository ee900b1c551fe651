import {
  FOLLOW_UP_METHODS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
  type TicketEvent,
} from '../../protocol/tickets.ts';
import type { TicketsTexts } from './i18n.ts';

/** How ids and times read on screen: the page knows the colleagues, departments and language. */
export interface Names {
  agent: (id: string | null) => string;
  department: (id: string) => string;
  time: (iso: string) => string;
  rating: (score: number) => string;
}

/** One line of the timeline: what happened, its facts, and any text someone wrote. */
export interface EventText {
  title: string;
  lines: string[];
  body: string | null;
  /** A reply meant for the customer. */
  public: boolean;
}

const text = (d: Record<string, unknown>, key: string): string | null => {
  const value = d[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

const oneOf = <T extends string>(options: readonly T[], value: unknown): T | null =>
  options.find((o) => o === value) ?? null;

/** `{ from, to }` of an `updated` event, when both are strings. */
function change(d: Record<string, unknown>, key: string): { from: string; to: string } | null {
  const value = d[key];
  if (typeof value !== 'object' || value === null) return null;
  const { from, to } = value as { from?: unknown; to?: unknown };
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
}

/**
 * A timeline event as sentences. Details the console does not know (a later server's) are
 * left out rather than shown raw.
 */
export function describeEvent(event: TicketEvent, tx: TicketsTexts, names: Names): EventText {
  const d = event.details;
  const w = tx.words;
  const ev = tx.ev;
  const status = (s: unknown) => {
    const known = oneOf(TICKET_STATUSES, s);
    return known ? w.statuses[known] : tx.none;
  };
  const owner = (id: string | null) => (id === null ? tx.nobody : names.agent(id));
  const lines: string[] = [];
  const out = (title: string, body: string | null = null, isPublic = false): EventText => ({
    title,
    lines,
    body,
    public: isPublic,
  });
  const moved = () => {
    if (event.fromStatus && event.toStatus) {
      lines.push(ev.moved(status(event.fromStatus), status(event.toStatus)));
    }
  };

  switch (event.kind) {
    case 'created': {
      const source = text(d, 'source');
      const type = oneOf(TICKET_TYPES, d.type);
      const priority = oneOf(TICKET_PRIORITIES, d.priority);
      const department = text(d, 'departmentId');
      lines.push(
        ev.createdLine(
          type ? w.types[type] : tx.none,
          priority ? w.priorities[priority] : tx.none,
          department ? names.department(department) : tx.none,
          owner(text(d, 'ownerId')),
        ),
      );
      const due = text(d, 'dueAt');
      if (due) lines.push(ev.dueLine(names.time(due)));
      const known = source === 'manual' || source === 'left_message' || source === 'conversation';
      return out(ev.created(known ? tx.sources[source] : tx.none));
    }
    case 'status': {
      moved();
      const reason = text(d, 'reason');
      const resolution = text(d, 'resolution');
      if (reason) lines.push(ev.reason(reason));
      if (resolution) lines.push(ev.resolution(resolution));
      const due = text(d, 'dueAt');
      if (due) lines.push(ev.dueLine(names.time(due)));
      const action = text(d, 'action');
      if (action === 'escalate') {
        const from = text(d, 'fromDepartmentId');
        const to = text(d, 'toDepartmentId');
        return out(
          ev.escalate(from ? names.department(from) : tx.none, to ? names.department(to) : tx.none),
        );
      }
      const titles: Record<string, string> = {
        start: ev.start,
        return: ev.return,
        resolve: ev.resolve,
        close: ev.close,
        reopen: ev.reopen,
      };
      return out((action && titles[action]) ?? status(event.toStatus));
    }
    case 'assigned': {
      const fromOwner = text(d, 'fromOwnerId');
      const toOwner = text(d, 'toOwnerId');
      if (fromOwner !== toOwner) lines.push(ev.ownerChange(owner(fromOwner), owner(toOwner)));
      const fromDept = text(d, 'fromDepartmentId');
      const toDept = text(d, 'toDepartmentId');
      if (fromDept && toDept && fromDept !== toDept) {
        lines.push(ev.departmentChange(names.department(fromDept), names.department(toDept)));
      }
      return out(ev.assigned, text(d, 'note'));
    }
    case 'updated': {
      const priority = change(d, 'priority');
      const from = oneOf(TICKET_PRIORITIES, priority?.from);
      const to = oneOf(TICKET_PRIORITIES, priority?.to);
      if (from && to) lines.push(ev.priorityChange(w.priorities[from], w.priorities[to]));
      const due = change(d, 'dueAt');
      if (due) lines.push(ev.dueChange(names.time(due.from), names.time(due.to)));
      return out(ev.updated);
    }
    case 'note':
      return out(ev.note, text(d, 'body'));
    case 'reply': {
      const isPublic = d.public === true;
      return out(isPublic ? ev.replyPublic : ev.replyPrivate, text(d, 'body'), isPublic);
    }
    case 'follow_up': {
      moved();
      const method = oneOf(FOLLOW_UP_METHODS, d.method);
      const score = typeof d.satisfaction === 'number' ? d.satisfaction : null;
      if (method && score !== null) {
        lines.push(
          tx.followUpLine(w.methods[method], tx.satisfactionOf(score, names.rating(score))),
        );
      }
      return out(ev.followUp, text(d, 'result'));
    }
    case 'due_soon':
    case 'overdue': {
      const due = text(d, 'dueAt');
      const when = due ? names.time(due) : tx.none;
      return out(event.kind === 'overdue' ? ev.overdue(when) : ev.dueSoon(when));
    }
    case 'mailed':
    case 'mail_failed': {
      const replyAt = text(d, 'replyAt');
      if (replyAt) lines.push(ev.mailOf(names.time(replyAt)));
      const attempts = typeof d.attempts === 'number' ? d.attempts : null;
      if (attempts !== null && attempts > 1) lines.push(ev.mailAttempts(attempts));
      const to = text(d, 'to') ?? tx.none;
      if (event.kind === 'mailed') return out(ev.mailed(to));
      const reason = text(d, 'reason');
      if (reason) lines.push(ev.reason(reason));
      return out(ev.mailFailed(to));
    }
  }
}

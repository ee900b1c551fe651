import type { Ticket } from '../../protocol/tickets.ts';

/** Overdue and due-soon tickets stand out by a word as well as by colour. */
export type DueMark = 'overdue' | 'soon' | null;

/** The server worked it out on its clock; the browser's may differ, so it is not redone here. */
export function dueMark(ticket: Pick<Ticket, 'overdue' | 'dueSoon'>): DueMark {
  return ticket.overdue ? 'overdue' : ticket.dueSoon ? 'soon' : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as `<input type="datetime-local">` wants it, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Back to an ISO time with its offset; null for an empty or impossible value. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The first line of a longer text, for the list's summary column. */
export function summaryOf(ticket: Pick<Ticket, 'title' | 'description'>, max = 80): string {
  const lines = ticket.description
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const line = lines.find((l) => l !== ticket.title.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

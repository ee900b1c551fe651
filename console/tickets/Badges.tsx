import type { Ticket } from '../../protocol/tickets.ts';
import { dueMark } from './format.ts';
import type { TicketsTexts } from './i18n.ts';

/** Overdue or due soon, said in words; the colour only repeats it. */
export function DueBadge({ tx, ticket }: { tx: TicketsTexts; ticket: Ticket }) {
  const mark = dueMark(ticket);
  if (!mark) return null;
  return (
    <span class={`tk-badge tk-due-${mark}`}>
      {mark === 'overdue' ? tx.badgeOverdue : tx.badgeSoon}
    </span>
  );
}

export function PriorityBadge({ tx, ticket }: { tx: TicketsTexts; ticket: Ticket }) {
  return (
    <span class={`tk-badge tk-priority-${ticket.priority}`}>
      {tx.words.priorities[ticket.priority]}
    </span>
  );
}

export function StatusBadge({ tx, ticket }: { tx: TicketsTexts; ticket: Ticket }) {
  return <span class="tk-badge tk-status">{tx.words.statuses[ticket.status]}</span>;
}

import type { TicketSettings, TicketType } from '../../../protocol/index.ts';

const HOUR_MS = 3_600_000;

/** The hour `hours` after `from`, as stored. */
export function hoursAfter(from: Date, hours: number): string {
  return new Date(from.getTime() + hours * HOUR_MS).toISOString();
}

/** When a ticket of `type` opened (or reopened) at `from` is due, by the admin's deadlines. */
export function dueFrom(from: Date, type: TicketType, settings: TicketSettings): string {
  return hoursAfter(from, settings.deadlineHours[type]);
}

import type { TicketSettings, TicketType } from '../../protocol/tickets.ts';
import { TICKET_TYPES } from '../../protocol/tickets.ts';

/** The 工单 settings as typed: hours stay strings until saved, so a half-typed number is kept. */
export interface TicketDraft {
  deadlineHours: Record<TicketType, string>;
  followUpRequired: Record<TicketType, boolean>;
  dueSoonHours: string;
}

/** Which ticket field the server's 400 named. */
export type TicketField = TicketType | 'dueSoonHours';

const perType = <T>(value: (type: TicketType) => T): Record<TicketType, T> => ({
  consultation: value('consultation'),
  suggestion: value('suggestion'),
  opinion: value('opinion'),
  complaint: value('complaint'),
  request: value('request'),
});

/** An empty field goes as NaN (JSON null), not 0, so the server refuses it and names it. */
const hoursOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export function toTicketDraft(settings: TicketSettings): TicketDraft {
  return {
    deadlineHours: perType((t) => String(settings.deadlineHours[t])),
    followUpRequired: perType((t) => settings.followUpRequired[t]),
    dueSoonHours: String(settings.dueSoonHours),
  };
}

export function toTicketInput(draft: TicketDraft): TicketSettings {
  return {
    deadlineHours: perType((t) => hoursOf(draft.deadlineHours[t])),
    followUpRequired: { ...draft.followUpRequired },
    dueSoonHours: hoursOf(draft.dueSoonHours),
  };
}

/** `tickets.deadlineHours.complaint: at least 1 hour` → complaint. */
export function ticketField(path: string[]): TicketField | null {
  if (path[0] !== 'tickets') return null;
  if (path[1] === 'dueSoonHours') return 'dueSoonHours';
  return TICKET_TYPES.find((t) => t === path[2]) ?? null;
}

import type { BusinessHours, DeskSettings } from '../../protocol/desk.ts';
import type { DeskSettingsInput } from '../../protocol/schemas/desk.ts';
import {
  ticketField,
  toTicketDraft,
  toTicketInput,
  type TicketDraft,
  type TicketField,
} from './ticket-draft.ts';

/** 0 = Sunday … 6 = Saturday, as the server counts them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Monday first, as Chinese and European calendars show the week. */
export const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** `key` keeps an input tied to its period while periods are added and removed. */
export interface PeriodDraft {
  key: number;
  open: string;
  close: string;
}

/** A closed day keeps its periods, so unticking "closed" brings back what was typed. */
export interface DayDraft {
  closed: boolean;
  periods: PeriodDraft[];
}

export type ReportField = 'pickUpSeconds' | 'pickUpTarget' | 'satisfactionTarget';

/** The report's threshold in seconds and its targets in percent, as typed. */
export type ReportDraft = Record<ReportField, string>;

/** Retention as typed: the months stay a string until saved, so a half-typed number is kept. */
export interface RetentionDraft {
  enabled: boolean;
  months: string;
}

/** The settings form as the admin edits it. */
export interface SettingsDraft {
  enabled: boolean;
  timeZone: string;
  days: Record<Weekday, DayDraft>;
  holidays: string[];
  departmentPicker: boolean;
  report: ReportDraft;
  retention: RetentionDraft;
  tickets: TicketDraft;
}

/** 0.95 → "95"; floating point must not show as 95.00000000000001. */
const percentOf = (share: number) => String(Math.round(share * 1000) / 10);

/** An empty field goes as NaN (JSON null), not 0, so the server refuses it and names the field. */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

let lastKey = 0;

export function newPeriod(open = '09:00', close = '18:00'): PeriodDraft {
  lastKey += 1;
  return { key: lastKey, open, close };
}

function dayDraft(hours: BusinessHours, day: Weekday): DayDraft {
  const periods = hours.weekly
    .filter((p) => p.day === day)
    .map((p) => newPeriod(p.open, p.close))
    .sort((a, b) => a.open.localeCompare(b.open));
  return { closed: periods.length === 0, periods };
}

export function toDraft(settings: DeskSettings): SettingsDraft {
  const hours = settings.businessHours;
  const day = (d: Weekday) => dayDraft(hours, d);
  return {
    enabled: hours.enabled,
    timeZone: hours.timeZone,
    days: { 0: day(0), 1: day(1), 2: day(2), 3: day(3), 4: day(4), 5: day(5), 6: day(6) },
    holidays: [...hours.holidays],
    departmentPicker: settings.departmentPicker,
    report: {
      pickUpSeconds: String(settings.report.pickUpSeconds),
      pickUpTarget: percentOf(settings.report.pickUpTarget),
      satisfactionTarget: percentOf(settings.report.satisfactionTarget),
    },
    retention: {
      enabled: settings.retention.enabled,
      months: String(settings.retention.months),
    },
    tickets: toTicketDraft(settings.tickets),
  };
}

const share = (percent: string): number => numberOf(percent) / 100;

/** The body of PUT /api/settings, and which period each `weekly` entry came from. */
export function toInput(draft: SettingsDraft): { input: DeskSettingsInput; sent: number[] } {
  const open = WEEK.flatMap((day) => {
    const { closed, periods } = draft.days[day];
    return closed ? [] : periods.map((p) => ({ day, period: p }));
  });
  return {
    input: {
      businessHours: {
        enabled: draft.enabled,
        timeZone: draft.timeZone.trim(),
        weekly: open.map(({ day, period }) => ({ day, open: period.open, close: period.close })),
        holidays: draft.holidays,
      },
      departmentPicker: draft.departmentPicker,
      report: {
        pickUpSeconds: numberOf(draft.report.pickUpSeconds),
        pickUpTarget: share(draft.report.pickUpTarget),
        satisfactionTarget: share(draft.report.satisfactionTarget),
      },
      retention: {
        enabled: draft.retention.enabled,
        months: numberOf(draft.retention.months),
      },
      tickets: toTicketInput(draft.tickets),
    },
    sent: open.map(({ period }) => period.key),
  };
}

/** Which field the server's 400 was about, to show the message next to it. */
export type FieldProblem =
  | { field: 'zone' }
  | { field: 'holiday' }
  | { field: 'time' | 'order'; periodKey: number }
  | { field: 'report'; report: ReportField }
  | { field: 'retention' }
  | { field: 'tickets'; ticket: TicketField };

const REPORT_FIELDS: readonly ReportField[] = [
  'pickUpSeconds',
  'pickUpTarget',
  'satisfactionTarget',
];

/**
 * Reads the server's "businessHours.weekly.2.open: a time is HH:MM" style message. `sent`
 * maps a `weekly` index back to the period on screen.
 */
export function fieldProblem(detail: string, sent: number[]): FieldProblem | null {
  const path = (detail.split(': ')[0] ?? '').split('.');
  const report = REPORT_FIELDS.find((f) => f === path[1]);
  if (path[0] === 'report' && report) return { field: 'report', report };
  if (path[0] === 'retention') return { field: 'retention' };
  const ticket = ticketField(path);
  if (ticket) return { field: 'tickets', ticket };
  if (path[0] !== 'businessHours') return null;
  if (path[1] === 'timeZone') return { field: 'zone' };
  if (path[1] === 'holidays') return { field: 'holiday' };
  const periodKey = path[1] === 'weekly' ? sent[Number(path[2])] : undefined;
  if (periodKey === undefined) return null;
  return { field: path.length > 3 ? 'time' : 'order', periodKey };
}

import type { Language } from './language.ts';
import type { ReportSettings } from './report.ts';
import type { TicketSettings } from './tickets.ts';

/** REST: GET /api/quick-replies → { quickReplies }; admins also POST, PUT /:id and DELETE /:id. */
export interface QuickReply {
  id: string;
  lang: Language;
  /** What the agent types after `/` to find it, e.g. `nihao`. */
  shortcut: string;
  body: string;
  sort: number;
}

/** REST: GET /api/left-messages?status=open|handled → { leftMessages }. */
export interface LeftMessage {
  id: string;
  visitorId: string;
  name: string;
  contact: string;
  body: string;
  lang: Language;
  departmentId: string | null;
  pageUrl: string | null;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
  handledByName: string | null;
  /** How it was followed up (called back, e-mailed …). */
  handledNote: string | null;
}

/** Opening hours in one IANA time zone; days 0 = Sunday … 6 = Saturday. */
export interface BusinessHours {
  /** Off: always open (the default), so a new install answers at any hour. */
  enabled: boolean;
  timeZone: string;
  /** Per weekday, the open periods as `HH:MM`; an empty list is a closed day. */
  weekly: { day: number; open: string; close: string }[];
  /** Closed all day, `YYYY-MM-DD` in the time zone. */
  holidays: string[];
}

/**
 * Off by default. On: a daily job deletes conversations closed more than `months` months ago
 * (with their messages, notes, ratings and gaps), left messages as old, and visitors last seen
 * that long ago who have nothing left.
 */
export interface RetentionSettings {
  enabled: boolean;
  months: number;
}

/** REST: GET /api/settings (any agent), PUT /api/settings (admins). */
export interface DeskSettings {
  businessHours: BusinessHours;
  /** Let visitors choose a department when they ask for a person. */
  departmentPicker: boolean;
  /** The thresholds and targets of the monthly analysis. */
  report: ReportSettings;
  /** How long transcripts are kept. */
  retention: RetentionSettings;
  /** Work orders (工单): deadlines per type, and which types need a 回访 before closing. */
  tickets: TicketSettings;
}

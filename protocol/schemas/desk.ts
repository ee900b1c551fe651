import { z } from 'zod';
import { MESSAGE_MAX_CHARS } from '../limits.ts';
import { cleanText, languageSchema } from './common.ts';
import { reportSettingsSchema } from './report.ts';
import { ticketSettingsSchema } from './tickets.ts';

const trimmed = (max: number, empty: string) =>
  cleanText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, empty));

/** REST: POST /api/quick-replies and PUT /api/quick-replies/:id (admins). */
export const quickReplySchema = z.strictObject({
  lang: languageSchema,
  shortcut: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}_-]{1,30}$/u, 'a shortcut is 1–30 letters, digits, _ or -'),
  body: trimmed(MESSAGE_MAX_CHARS, 'the reply is empty'),
  sort: z.number().int().min(0).max(100_000).default(0),
});

/** REST: POST /api/left-messages/:id/handle */
export const leftMessageHandleSchema = z.strictObject({
  note: trimmed(500, 'say how it was followed up'),
});

export const leftMessageListSchema = z.strictObject({
  status: z.enum(['open', 'handled']).default('open'),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time is HH:MM');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const businessHoursSchema = z.strictObject({
  enabled: z.boolean(),
  timeZone: z.string().max(64).refine(isTimeZone, 'not a time zone (e.g. Asia/Shanghai)'),
  weekly: z
    .array(
      z
        .strictObject({ day: z.number().int().min(0).max(6), open: time, close: time })
        .refine((p) => p.open < p.close, 'a period must close after it opens'),
    )
    .max(50),
  holidays: z
    .array(z.iso.date('a holiday is YYYY-MM-DD'))
    .max(400)
    .transform((days) => [...new Set(days)].sort()),
});

/** Months: 1 to 10 years. */
export const retentionSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  months: z.number().int('whole months').min(1, 'at least 1 month').max(120, 'at most 120 months'),
});

export const DEFAULT_RETENTION = { enabled: false, months: 24 } as const;

/** REST: PUT /api/settings (admins). */
export const deskSettingsSchema = z.strictObject({
  businessHours: businessHoursSchema,
  departmentPicker: z.boolean(),
  // Optional, so a console from before the monthly analysis can still save the rest; left
  // out, the saved thresholds stay as they are.
  report: reportSettingsSchema.optional(),
  // Optional for the same reason: left out, retention stays as it is.
  retention: retentionSettingsSchema.optional(),
  // Optional for the same reason: left out, the ticket deadlines stay as they are.
  tickets: ticketSettingsSchema.optional(),
});

export type QuickReplyInput = z.input<typeof quickReplySchema>;
export type LeftMessageHandleInput = z.input<typeof leftMessageHandleSchema>;
export type DeskSettingsInput = z.input<typeof deskSettingsSchema>;

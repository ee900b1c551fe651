import { z } from 'zod';
import { languageSchema } from './common.ts';

const day = z.iso.date('a date is YYYY-MM-DD');
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/** The language of the XLSX and printable page's labels; the console's own language by default. */
const lang = languageSchema.optional();

/**
 * REST: GET /api/reports (and report.xlsx / report.html) query string: one calendar month, or
 * a range of days (both inclusive, at most a year), in the desk's time zone.
 */
export const reportQuerySchema = z.union(
  [
    z.strictObject({
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM'),
      lang,
    }),
    z
      .strictObject({ from: day, to: day, lang })
      .refine((r) => r.from <= r.to, 'the range ends before it starts')
      .refine(
        (r) => (Date.parse(r.to) - Date.parse(r.from)) / DAY_MS < MAX_DAYS,
        `at most ${MAX_DAYS} days`,
      ),
  ],
  { error: 'a report needs month=YYYY-MM, or from=YYYY-MM-DD and to=YYYY-MM-DD (at most a year)' },
);

export type ReportQuery = z.input<typeof reportQuerySchema>;

/** The desk's thresholds before an admin sets any: answered within 20 s for 95 %, 90 % satisfied. */
export const DEFAULT_REPORT_SETTINGS = {
  pickUpSeconds: 20,
  pickUpTarget: 0.95,
  satisfactionTarget: 0.9,
} as const;

export const reportSettingsSchema = z.strictObject({
  pickUpSeconds: z.number().int().min(1).max(600),
  pickUpTarget: z.number().min(0).max(1),
  satisfactionTarget: z.number().min(0).max(1),
});

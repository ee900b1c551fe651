import { z } from 'zod';
import { languageSchema } from './common.ts';

/**
 * Years 1970 to 2999. The period arithmetic needs four-digit years (Date.UTC reads 0–99 as
 * 1900–1999; the day after 9999-12-31 is "+010000-01-01", which sorts before it), and a
 * period outside that once built a report of 1,900 years, or looped until memory ran out.
 */
const YEARS = 'from 1970 to 2999';
const day = z.iso
  .date('a date is YYYY-MM-DD')
  .refine((d) => d >= '1970-01-01' && d <= '2999-12-31', `a date ${YEARS}`);
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
      month: z
        .string()
        .regex(/^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/, `a month is YYYY-MM, ${YEARS}`),
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
  {
    error: `a report needs month=YYYY-MM, or from=YYYY-MM-DD and to=YYYY-MM-DD (at most a year), ${YEARS}`,
  },
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

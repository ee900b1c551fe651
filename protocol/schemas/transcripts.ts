import { z } from 'zod';
import { CLOSE_TYPES } from '../conversation.ts';
import { cleanText, languageSchema, serverIdSchema } from './common.ts';

const day = z.iso.date('a date is YYYY-MM-DD');
const optionalText = (max: number) =>
  cleanText(max)
    .transform((s) => s.trim())
    .optional()
    .transform((s) => (s ? s : undefined));

const filters = {
  q: optionalText(200),
  from: day.optional(),
  to: day.optional(),
  departmentId: serverIdSchema.optional(),
  agentId: serverIdSchema.optional(),
  type: z.enum([...CLOSE_TYPES, 'unclassified']).optional(),
  tag: optionalText(40),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  pageUrl: optionalText(500),
  handledBy: z.enum(['bot', 'person']).optional(),
};
const paging = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
const rangeInOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to;
const RANGE_MESSAGE = 'the range ends before it starts';

/**
 * REST: GET /api/transcripts query string. Dates are days in the desk's time zone, both
 * inclusive; `pageUrl` matches part of the page address.
 */
export const transcriptQuerySchema = z
  .strictObject({ ...filters, ...paging })
  .refine(rangeInOrder, RANGE_MESSAGE);

export type TranscriptQuery = z.input<typeof transcriptQuerySchema>;

/**
 * REST: GET /api/transcripts/export.csv|.xlsx query string: the list's filters (its paging is
 * accepted and ignored, so the list's query string works as it is) and the language of the
 * headers and labels, by default the agent's own.
 */
export const transcriptExportQuerySchema = z
  .strictObject({ ...filters, ...paging, lang: languageSchema.optional() })
  .refine(rangeInOrder, RANGE_MESSAGE);

export type TranscriptExportQuery = z.input<typeof transcriptExportQuerySchema>;

/** REST: GET /api/transcripts/:id/transcript.html|.txt query string. */
export const transcriptFileQuerySchema = z.strictObject({ lang: languageSchema.optional() });

/** `GET /api/visitor/transcript`: the visitor's own chats as a file. */
export const visitorTranscriptQuerySchema = z.strictObject({
  format: z.enum(['html', 'txt']),
  lang: languageSchema.optional(),
});

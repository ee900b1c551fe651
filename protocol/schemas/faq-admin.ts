import { z } from 'zod';
import { cleanText, faqIdSchema, languageSchema } from './common.ts';

const line = (max: number, empty: string) =>
  cleanText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, empty));

/** The fields an admin edits; ids are made by the server for new entries. */
export const faqEntryInputSchema = z.strictObject({
  lang: languageSchema.nullable().default(null),
  question: line(300, 'the question is empty'),
  similar: z
    .array(line(300, 'a similar question is empty'))
    .max(200, 'at most 200 similar questions')
    .default([]),
  keywords: z.array(line(50, 'a keyword is empty')).max(50, 'at most 50 keywords').default([]),
  answer: line(10_000, 'the answer is empty'),
  category: cleanText(60)
    .transform((s) => s.trim() || null)
    .nullable()
    .default(null),
  department: cleanText(64)
    .transform((s) => s.trim() || null)
    .nullable()
    .default(null),
  status: z.enum(['published', 'draft']).default('draft'),
});

/** REST: PUT /api/faq/:id — the version the admin edited, so a colleague's save is not overwritten. */
export const faqEntryUpdateSchema = faqEntryInputSchema.extend({
  version: z.number().int().min(1),
});

/** REST: GET /api/faq query string. */
export const faqListQuerySchema = z.strictObject({
  q: cleanText(200).optional(),
  category: cleanText(60).optional(),
  department: cleanText(64).optional(),
  status: z.enum(['published', 'draft']).optional(),
  sort: z.enum(['updated', 'hits', 'helpful']).default('updated'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** REST: POST /api/faq/:id/restore */
export const faqRestoreSchema = z.strictObject({
  revisionId: z.number().int().min(1),
});

/** REST: POST /api/faq/test */
export const faqTestSchema = z.strictObject({
  question: line(500, 'type a question'),
});

/** One imported entry: like an edit, but with its id (new ids create entries, known ids update them). */
/** Paths under /api/faq/ that are not entries. */
const RESERVED_IDS = new Set(['export', 'template', 'import', 'test', 'gaps']);

export const faqImportEntrySchema = faqEntryInputSchema.extend({
  id: faqIdSchema.refine((id) => !RESERVED_IDS.has(id), 'this id is reserved; pick another'),
  status: z.enum(['published', 'draft']).default('published'),
});

export type FaqEntryInput = z.input<typeof faqEntryInputSchema>;
export type FaqEntryUpdateInput = z.input<typeof faqEntryUpdateSchema>;
export type FaqListQuery = z.input<typeof faqListQuerySchema>;
export type FaqImportEntry = z.output<typeof faqImportEntrySchema>;

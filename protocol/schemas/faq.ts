import { z } from 'zod';
import { faqIdSchema, languageSchema } from './common.ts';

/**
 * One FAQ entry in the import/export format (also the format of the evaluation sets):
 * `[{ id, question, similar[], answer, ... }]`. Unknown fields (e.g. `origin`) are ignored.
 */
export const faqEntrySchema = z.object({
  id: faqIdSchema,
  question: z.string().trim().min(1).max(500),
  similar: z.array(z.string().trim().min(1).max(500)).max(200).default([]),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  answer: z.string().max(20000),
  category: z.string().max(100).optional(),
  department: z.string().max(100).optional(),
  lang: languageSchema.optional(),
});

export const faqFileSchema = z.array(faqEntrySchema);

export type FaqEntryInput = z.input<typeof faqEntrySchema>;

import { z } from 'zod';
import { faqEntrySchema } from '../../protocol/schemas/faq.ts';
import type { Language } from '../../protocol/language.ts';

/** The demo shop's departments; FAQ entries and agent routing use these ids. */
export const DEMO_DEPARTMENTS = [
  'orders',
  'shipping',
  'returns',
  'payment',
  'invoices',
  'account',
  'membership',
  'after-sales',
] as const;

/** The file's language keys and the language each one is served in. */
export const DEMO_LANGUAGES = { zh: 'zh-CN', en: 'en' } as const satisfies Record<string, Language>;

const fields = faqEntrySchema.shape;
const phrasing = fields.question;
const keyword = fields.keywords.unwrap().element;

/** One language of an entry: stricter than the import format so a careless edit fails loudly. */
const languageBlockSchema = z.strictObject({
  question: phrasing,
  similar: z.array(phrasing).min(3).max(5),
  keywords: z.array(keyword).min(2).max(5),
  answer: fields.answer.min(1),
});

export const demoEntrySchema = z.strictObject({
  // Lower-case kebab case; the loader appends `.zh-CN` / `.en`.
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: lower-case words joined by -'),
  department: z.enum(DEMO_DEPARTMENTS),
  category: fields.category.unwrap().regex(/^\S.* \/ \S.*$/, 'category: "中文 / English"'),
  zh: languageBlockSchema,
  en: languageBlockSchema,
});

export const demoFileSchema = z.array(demoEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate id ${entry.id}`, path: [index, 'id'] });
    }
    seen.add(entry.id);
  });
});

export type DemoEntry = z.infer<typeof demoEntrySchema>;

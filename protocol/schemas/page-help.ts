import { z } from 'zod';
import { PAGE_HELP_LIMITS as L } from '../page-help.ts';
import { cleanText, faqIdSchema, serverIdSchema } from './common.ts';
import { pagePatternSchema } from './surveys.ts';

const text = (max: number) => cleanText(max).transform((s) => s.trim());
/** Both languages, each may be empty (a greeting: '' keeps the usual one). */
const optionalTexts = (max: number) => z.strictObject({ 'zh-CN': text(max), en: text(max) });
/** Both languages, at least one written; an empty one shows the other. */
const someTexts = (max: number, empty: string) =>
  optionalTexts(max).refine((t) => t['zh-CN'] !== '' || t.en !== '', empty);

const versionSchema = z.number().int().min(0);

export const helpRuleSchema = z.strictObject({
  /** Kept when editing a rule; absent for a new one (the server makes the id). */
  id: serverIdSchema.optional(),
  pattern: pagePatternSchema.pipe(z.string().min(1, 'every rule needs a page pattern')),
  greeting: optionalTexts(L.greetingChars),
  faqIds: z
    .array(faqIdSchema)
    .max(L.faqs, `at most ${L.faqs} FAQ entries per rule`)
    .refine((ids) => new Set(ids).size === ids.length, 'an FAQ entry is listed twice')
    .default([]),
  bubble: z
    .strictObject({
      text: someTexts(L.bubbleChars, 'the greeting bubble needs its text'),
      afterSeconds: z
        .number()
        .int()
        .min(
          L.bubbleSeconds.min,
          `the bubble shows after ${L.bubbleSeconds.min}–${L.bubbleSeconds.max} seconds`,
        )
        .max(
          L.bubbleSeconds.max,
          `the bubble shows after ${L.bubbleSeconds.min}–${L.bubbleSeconds.max} seconds`,
        ),
    })
    .nullable()
    .default(null),
  open: z.boolean().default(false),
});

/** REST: PUT /api/admin/page-help/rules — the whole ordered list, first match wins. */
export const helpRulesSaveSchema = z.strictObject({
  version: versionSchema,
  rules: z.array(helpRuleSchema).max(L.rules, `at most ${L.rules} rules`),
});

const timeSchema = z.iso.datetime({ offset: true, message: 'a time like 2026-05-01T09:00:00Z' });

export const noticeSchema = z
  .strictObject({
    id: serverIdSchema.optional(),
    text: someTexts(L.noticeChars, 'a notice needs its text'),
    link: z
      .url({ protocol: /^https$/, message: 'a link starts with https://' })
      .max(500, 'at most 500 characters')
      .nullable()
      .default(null),
    startsAt: timeSchema.nullable().default(null),
    endsAt: timeSchema.nullable().default(null),
  })
  .refine((n) => !n.startsAt || !n.endsAt || Date.parse(n.endsAt) > Date.parse(n.startsAt), {
    message: 'a notice must end after it starts',
    path: ['endsAt'],
  });

/** REST: PUT /api/admin/page-help/notices — the whole list of 公告. */
export const noticesSaveSchema = z.strictObject({
  version: versionSchema,
  notices: z.array(noticeSchema).max(L.notices, `at most ${L.notices} notices`),
});

export type HelpRulesSaveInput = z.input<typeof helpRulesSaveSchema>;
export type NoticesSaveInput = z.input<typeof noticesSaveSchema>;

import { z } from 'zod';
import {
  SURVEY_LIMITS as L,
  SURVEY_QUESTION_KINDS,
  SURVEY_STATUSES,
  type SurveyAnswer,
} from '../surveys.ts';
import { cleanText, clientIdSchema, serverIdSchema } from './common.ts';

const trimmed = (max: number, empty: string) =>
  cleanText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, empty));

/** `/path*` or `http(s)://…`, `*` as the wildcard; no spaces. */
export const pagePatternSchema = z
  .string()
  .trim()
  .max(300, 'at most 300 characters')
  .regex(/^(\/|https?:\/\/)\S*$/, 'a page pattern starts with / or http(s)://, with no spaces');

const questionSchema = z
  .strictObject({
    /** Kept when editing a question; absent for a new one (the server makes the id). */
    id: serverIdSchema.optional(),
    kind: z.enum(SURVEY_QUESTION_KINDS),
    prompt: trimmed(L.promptChars, 'every question needs its wording'),
    required: z.boolean().default(false),
    options: z
      .array(trimmed(L.optionChars, 'an option cannot be empty'))
      .max(L.options, `at most ${L.options} options`)
      .default([]),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice needs 2 options' });
    }
    if (!choice && q.options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'only choices have options' });
    }
    if (new Set(q.options).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options must differ' });
    }
  });

const placementSchema = z.strictObject({
  afterChat: z.boolean().default(false),
  pages: z.array(pagePatternSchema).max(L.pages, `at most ${L.pages} page patterns`).default([]),
  link: z.boolean().default(false),
});

/** REST: POST /api/admin/surveys (a new draft) and PUT /api/admin/surveys/:id (with `version`). */
export const surveySaveSchema = z.strictObject({
  title: trimmed(L.titleChars, 'give the survey a title'),
  intro: cleanText(L.introChars)
    .transform((s) => s.trim())
    .default(''),
  questions: z
    .array(questionSchema)
    .min(1, 'a survey needs at least one question')
    .max(L.questions, `at most ${L.questions} questions`),
  placement: placementSchema.default({ afterChat: false, pages: [], link: false }),
  /** The version the admin edited; required by PUT, ignored by POST. */
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** REST: POST /api/admin/surveys/:id/status: open (publish), close, or back to draft (no answers yet). */
export const surveyStatusSchema = z.strictObject({
  status: z.enum(SURVEY_STATUSES),
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const surveyIdParamsSchema = z.strictObject({ id: serverIdSchema });

/** REST: GET /api/admin/surveys/:id/export?format=xlsx|csv, one row per response. */
export const surveyExportQuerySchema = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

const answerSchema: z.ZodType<SurveyAnswer> = z.union([
  z.strictObject({
    questionId: serverIdSchema,
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  }),
  z.strictObject({
    questionId: serverIdSchema,
    choices: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(L.options - 1),
      )
      .max(L.options),
  }),
  z.strictObject({ questionId: serverIdSchema, text: cleanText(L.answerChars) }),
]);

/**
 * REST: POST /api/surveys/:id/responses (visitor token). The answers are checked against the
 * survey's questions on the server (kinds, option indexes, required ones); a resend with the same
 * `clientId` stores nothing new.
 */
export const surveyResponseSchema = z.strictObject({
  clientId: clientIdSchema,
  channel: z.enum(['after_chat', 'page', 'link']),
  /** The host page, for `page`; the chat, for `after_chat`. */
  pageUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .default(null),
  conversationId: serverIdSchema.nullable().default(null),
  answers: z.array(answerSchema).max(L.questions),
});

import { z } from 'zod';
import { MESSAGE_MAX_CHARS } from '../limits.ts';
import {
  cleanText,
  clientIdSchema,
  faqIdSchema,
  languageSchema,
  serverIdSchema,
  visitorTokenSchema,
} from './common.ts';

export const pageSchema = z.strictObject({
  url: z.url().max(2048),
  title: cleanText(300).optional(),
});

export const messageSendSchema = z.strictObject({
  clientId: clientIdSchema,
  body: cleanText(MESSAGE_MAX_CHARS)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'message is empty')),
  /** Set when the visitor picked a suggested question: the bot answers that entry directly. */
  faqId: faqIdSchema.optional(),
  page: pageSchema.optional(),
});

export const conversationSyncSchema = z.strictObject({
  afterSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const faqSuggestSchema = z.strictObject({
  text: cleanText(200),
});

export const feedbackSendSchema = z.strictObject({
  messageId: serverIdSchema,
  helpful: z.boolean(),
});

export const handoffRequestSchema = z.strictObject({
  clientId: clientIdSchema,
});

/** Socket.IO handshake `auth` of the /visitor namespace. */
export const visitorAuthSchema = z.object({
  token: visitorTokenSchema,
  lang: languageSchema.optional(),
});

/** REST: POST /api/visitor/sessions */
export const sessionCreateSchema = z.strictObject({
  lang: languageSchema.optional(),
});

export type MessageSendInput = z.input<typeof messageSendSchema>;
export type ConversationSyncInput = z.input<typeof conversationSyncSchema>;
export type FaqSuggestInput = z.input<typeof faqSuggestSchema>;
export type FeedbackSendInput = z.input<typeof feedbackSendSchema>;
export type HandoffRequestInput = z.input<typeof handoffRequestSchema>;
export type VisitorAuth = z.input<typeof visitorAuthSchema>;
export type SessionCreateInput = z.input<typeof sessionCreateSchema>;

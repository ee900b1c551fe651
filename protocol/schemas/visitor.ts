import { z } from 'zod';
import { MESSAGE_MAX_CHARS } from '../limits.ts';
import { PRE_CHAT_CUSTOM_MAX } from '../pre-chat.ts';
import {
  cleanText,
  clientIdSchema,
  faqIdSchema,
  languageSchema,
  serverIdSchema,
  visitorTokenSchema,
} from './common.ts';

/**
 * A web page: http(s) only. Agents open these addresses from the console, and a
 * `javascript:` or `data:` one has no business there.
 */
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).max(2048);

export const pageSchema = z.strictObject({
  url: webUrl,
  title: cleanText(300).optional(),
  /** The host page's document.referrer, for the agent's visitor panel. */
  referrer: webUrl.optional(),
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
  /** Chosen in the department picker, when the admin switched it on. */
  departmentId: serverIdSchema.optional(),
});

export const availabilityGetSchema = z.strictObject({});

export const visitorTypingSchema = z.strictObject({
  typing: z.boolean(),
});

export const ratingSendSchema = z.strictObject({
  conversationId: serverIdSchema,
  score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  comment: cleanText(500)
    .transform((s) => s.trim())
    .optional(),
});

/** The phone numbers and e-mail addresses the visitor's forms take. */
const isPhone = (s: string) => /^\+?[0-9][0-9 ()-]{5,19}$/.test(s);
const isEmail = (s: string) => z.email().safeParse(s).success;

/** The leave-a-message form: who, how to reach them, what about. */
export const leftMessageSendSchema = z.strictObject({
  clientId: clientIdSchema,
  name: cleanText(60)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'enter your name')),
  contact: cleanText(120)
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .refine((s) => isEmail(s) || isPhone(s), 'enter a phone number or an e-mail address'),
    ),
  body: cleanText(MESSAGE_MAX_CHARS)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'message is empty')),
  page: pageSchema.optional(),
});

/** A pre-chat answer; empty is the same as not given (the server checks what is required). */
const answer = (max: number) => cleanText(max).transform((s) => s.trim());

/** The pre-chat form: only the fields the form asks; custom answers by the question's id. */
export const preChatSendSchema = z.strictObject({
  clientId: clientIdSchema,
  fields: z.strictObject({
    name: answer(60).optional(),
    phone: answer(30)
      .refine((s) => s === '' || isPhone(s), 'enter a phone number')
      .optional(),
    email: answer(120)
      .refine((s) => s === '' || isEmail(s), 'enter an e-mail address')
      .optional(),
    departmentId: serverIdSchema.optional(),
    custom: z
      .record(serverIdSchema, answer(200))
      .refine((c) => Object.keys(c).length <= PRE_CHAT_CUSTOM_MAX, 'too many answers')
      .optional(),
  }),
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
export type AvailabilityGetInput = z.input<typeof availabilityGetSchema>;
export type VisitorTypingInput = z.input<typeof visitorTypingSchema>;
export type RatingSendInput = z.input<typeof ratingSendSchema>;
export type LeftMessageSendInput = z.input<typeof leftMessageSendSchema>;
export type PreChatSendInput = z.input<typeof preChatSendSchema>;
export type VisitorAuth = z.input<typeof visitorAuthSchema>;
export type SessionCreateInput = z.input<typeof sessionCreateSchema>;

import { z } from 'zod';
import { CLOSE_TYPES } from '../conversation.ts';
import { MESSAGE_MAX_CHARS } from '../limits.ts';
import { cleanText, clientIdSchema, serverIdSchema } from './common.ts';
import { closeTicketSchema } from './tickets.ts';

/** What an agent may choose; 'offline' only follows from closing every console tab. */
export const statusSetSchema = z.strictObject({
  status: z.enum(['online', 'away']),
});

const trimmed = (max: number, empty: string) =>
  cleanText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, empty));

export const emptySchema = z.strictObject({});

export const conversationRefSchema = z.strictObject({
  conversationId: serverIdSchema,
});

export const agentMessageSendSchema = z.strictObject({
  conversationId: serverIdSchema,
  clientId: clientIdSchema,
  body: trimmed(MESSAGE_MAX_CHARS, 'message is empty'),
});

export const noteAddSchema = z.strictObject({
  conversationId: serverIdSchema,
  clientId: clientIdSchema,
  body: trimmed(MESSAGE_MAX_CHARS, 'note is empty'),
});

export const agentTypingSchema = z.strictObject({
  conversationId: serverIdSchema,
  typing: z.boolean(),
});

export const conversationReadSchema = z.strictObject({
  conversationId: serverIdSchema,
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** 转接: to one colleague, or back into a department's queue; the note goes with it. */
export const transferSchema = z
  .strictObject({
    conversationId: serverIdSchema,
    agentId: serverIdSchema.optional(),
    departmentId: serverIdSchema.optional(),
    note: cleanText(500)
      .transform((s) => s.trim())
      .optional(),
  })
  .refine((t) => (t.agentId === undefined) !== (t.departmentId === undefined), {
    message: 'name either an agent or a department to transfer to',
  });

export const tagSchema = cleanText(40)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'a tag cannot be empty'));

export const closeSchema = z.strictObject({
  conversationId: serverIdSchema,
  type: z.enum(CLOSE_TYPES),
  departmentId: serverIdSchema,
  tags: z.array(tagSchema).max(10, 'at most 10 tags').default([]),
  summary: cleanText(200)
    .transform((s) => s.trim())
    .default(''),
  /** Opens a 工单 in the same step; a complaint always gets one. */
  ticket: closeTicketSchema.optional(),
});

export type StatusSetInput = z.input<typeof statusSetSchema>;
export type EmptyInput = z.input<typeof emptySchema>;
export type ConversationRefInput = z.input<typeof conversationRefSchema>;
export type AgentMessageSendInput = z.input<typeof agentMessageSendSchema>;
export type NoteAddInput = z.input<typeof noteAddSchema>;
export type AgentTypingInput = z.input<typeof agentTypingSchema>;
export type ConversationReadInput = z.input<typeof conversationReadSchema>;
export type TransferInput = z.input<typeof transferSchema>;
export type CloseInput = z.input<typeof closeSchema>;

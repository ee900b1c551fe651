import { z } from 'zod';
import { MESSAGE_MAX_CHARS } from '../limits.ts';
import {
  FOLLOW_UP_METHODS,
  TICKET_ACTIONS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
  type TicketSettings,
} from '../tickets.ts';
import { cleanText, serverIdSchema } from './common.ts';

const trimmed = (max: number, empty: string) =>
  cleanText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, empty));

const optionalText = (max: number) =>
  cleanText(max)
    .transform((s) => s.trim() || null)
    .nullable()
    .default(null);

const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** REST: POST /api/tickets, a ticket made by hand in the console. */
export const ticketCreateSchema = z.strictObject({
  type: z.enum(TICKET_TYPES),
  priority: z.enum(TICKET_PRIORITIES).default('normal'),
  departmentId: serverIdSchema,
  /** Default: the agent making it; null leaves it to the department. */
  ownerId: serverIdSchema.nullable().optional(),
  title: trimmed(200, 'give the ticket a title'),
  description: cleanText(MESSAGE_MAX_CHARS)
    .transform((s) => s.trim())
    .default(''),
  customerName: optionalText(100),
  customerContact: optionalText(200),
  conversationId: serverIdSchema.nullable().default(null),
});

/** REST: POST /api/tickets/from-left-message; the rest is read from the message. */
export const ticketFromLeftMessageSchema = z.strictObject({
  leftMessageId: serverIdSchema,
  type: z.enum(TICKET_TYPES),
  priority: z.enum(TICKET_PRIORITIES).default('normal'),
  /** Default: the message's department. */
  departmentId: serverIdSchema.optional(),
});

const pageSchema = z.coerce.number().int().min(1).max(100_000).default(1);

/** REST: GET /api/tickets. `due`: overdue, or due within the warning time. */
export const ticketListQuerySchema = z.strictObject({
  status: z.enum([...TICKET_STATUSES, 'open']).optional(),
  type: z.enum(TICKET_TYPES).optional(),
  departmentId: serverIdSchema.optional(),
  ownerId: serverIdSchema.optional(),
  /** `true`: only tickets nobody owns, left for their department's agents to take. */
  unowned: z.literal('true').optional(),
  due: z.enum(['overdue', 'soon']).optional(),
  /** A ticket reference, e.g. GD-2025-00042. */
  ref: z
    .string()
    .regex(/^GD-\d{4}-\d{5,}$/, 'a reference looks like GD-2025-00042')
    .optional(),
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** REST: POST /api/tickets/:id/status. What each action needs is checked by the service. */
export const ticketStatusSchema = z.strictObject({
  action: z.enum(TICKET_ACTIONS),
  version,
  /** Required to return or reopen. */
  reason: optionalText(500),
  /** Required to resolve. */
  resolution: optionalText(MESSAGE_MAX_CHARS),
  /** Required to escalate: the department that is to act. */
  departmentId: serverIdSchema.optional(),
});

/** REST: POST /api/tickets/:id/assign: a new owner, a new department, or both. */
export const ticketAssignSchema = z
  .strictObject({
    version,
    ownerId: serverIdSchema.nullable().optional(),
    departmentId: serverIdSchema.optional(),
    note: optionalText(500),
  })
  .refine((a) => a.ownerId !== undefined || a.departmentId !== undefined, {
    message: 'name an owner or a department',
  });

/** REST: PUT /api/tickets/:id: priority and due time. */
export const ticketUpdateSchema = z.strictObject({
  version,
  priority: z.enum(TICKET_PRIORITIES),
  dueAt: z.iso.datetime({ offset: true, message: 'a time such as 2025-03-04T08:00:00Z' }),
});

export const ticketNoteSchema = z.strictObject({
  body: trimmed(MESSAGE_MAX_CHARS, 'the note is empty'),
});

/** `public`: meant for the customer (sent to them in a later version); else internal. */
export const ticketReplySchema = z.strictObject({
  body: trimmed(MESSAGE_MAX_CHARS, 'the reply is empty'),
  public: z.boolean(),
});

/** REST: POST /api/tickets/:id/follow-up (回访) after resolution. */
export const ticketFollowUpSchema = z.strictObject({
  version,
  method: z.enum(FOLLOW_UP_METHODS),
  result: trimmed(1000, 'say what the customer said'),
  satisfaction: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
});

/** REST: PUT /api/admin/ticket-contacts/:departmentId. */
export const ticketContactsSchema = z.strictObject({
  agentIds: z
    .array(serverIdSchema)
    .max(50, 'at most 50 contacts')
    .transform((ids) => [...new Set(ids)]),
});

const perType = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    consultation: value,
    suggestion: value,
    opinion: value,
    complaint: value,
    request: value,
  });

const hours = z.number().int('whole hours').min(1, 'at least 1 hour').max(8760, 'at most a year');

export const ticketSettingsSchema = z.strictObject({
  deadlineHours: perType(hours),
  followUpRequired: perType(z.boolean()),
  dueSoonHours: z.number().int('whole hours').min(1).max(720),
});

/** Complaints in 3 days, and not closed without a 回访. */
export const DEFAULT_TICKET_SETTINGS: TicketSettings = {
  deadlineHours: { consultation: 48, suggestion: 168, opinion: 168, complaint: 72, request: 120 },
  followUpRequired: {
    consultation: false,
    suggestion: false,
    opinion: false,
    complaint: true,
    request: false,
  },
  dueSoonHours: 24,
};

/** `ticket` of the agent's conversation.close: open a 工单 in the same step. */
export const closeTicketSchema = z.strictObject({
  needsFollowUp: z.boolean().default(false),
  priority: z.enum(TICKET_PRIORITIES).default('normal'),
});

export type TicketCreateInput = z.input<typeof ticketCreateSchema>;
export type TicketFromLeftMessageInput = z.input<typeof ticketFromLeftMessageSchema>;
export type TicketListQuery = z.input<typeof ticketListQuerySchema>;
export type TicketStatusInput = z.input<typeof ticketStatusSchema>;
export type TicketAssignInput = z.input<typeof ticketAssignSchema>;
export type TicketUpdateInput = z.input<typeof ticketUpdateSchema>;
export type TicketNoteInput = z.input<typeof ticketNoteSchema>;
export type TicketReplyInput = z.input<typeof ticketReplySchema>;
export type TicketFollowUpInput = z.input<typeof ticketFollowUpSchema>;
export type TicketContactsInput = z.input<typeof ticketContactsSchema>;

import { z } from 'zod';
import { faqIdSchema, serverIdSchema } from './common.ts';
import { faqEntryInputSchema } from './faq-admin.ts';

/** The logged questions an action settles: a group's ids, or the ones the admin kept ticked. */
const ids = z
  .array(serverIdSchema)
  .min(1, 'pick at least one question')
  .max(5000, 'at most 5000 questions at once');

/**
 * REST: POST /api/faq/gaps/resolve. create: a new entry (usually prefilled from the group);
 * attach: the questions become similar questions of `entryId`, at least at `version`;
 * dismiss: nothing to add, they just leave the list.
 */
export const gapResolveSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('create'), ids, entry: faqEntryInputSchema }),
  z.strictObject({
    action: z.literal('attach'),
    ids,
    entryId: faqIdSchema,
    version: z.number().int().min(1),
  }),
  z.strictObject({ action: z.literal('dismiss'), ids }),
]);

export type GapResolveInput = z.input<typeof gapResolveSchema>;

/** REST: GET /api/faq/gaps query string. */
export const gapListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type GapListQuery = z.input<typeof gapListQuerySchema>;

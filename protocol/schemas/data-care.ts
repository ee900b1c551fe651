import { z } from 'zod';

/** REST: GET /api/admin/audit query string. */
export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** An entry id: only older entries (the `next` of the page before). */
  before: z.coerce.number().int().min(1).optional(),
});

export type AuditQuery = z.input<typeof auditQuerySchema>;

/** How many rows a deletion removed, per kind. */
export interface DeletedCounts {
  visitors: number;
  conversations: number;
  messages: number;
  notes: number;
  events: number;
  feedback: number;
  gaps: number;
  leftMessages: number;
  /** 工单 about the visitor, with their timelines (an erasure; retention keeps tickets). */
  tickets: number;
}

/** REST: DELETE /api/admin/visitors/:id (admins) → VisitorErased. */
export interface VisitorErased {
  visitorId: string;
  deleted: DeletedCounts;
}

/**
 * What the audit log records: `retention.run` (details: months, cutoff and the DeletedCounts)
 * and `visitor.erased` (target: the visitor id; details: the DeletedCounts).
 */
export type AuditAction = 'retention.run' | 'visitor.erased';

export interface AuditEntry {
  id: number;
  at: string;
  /** Who did it; null for Kefu itself (the retention job). */
  agent: { id: string; name: string } | null;
  action: AuditAction;
  target: string | null;
  details: Record<string, unknown>;
}

/** REST: GET /api/admin/audit?limit=&before= (admins), newest first. */
export interface AuditList {
  entries: AuditEntry[];
  /** Pass as `before` for the next page; null when there is none. */
  next: number | null;
}

import type { AuditAction, AuditEntry, AuditList } from '../../../protocol/index.ts';
import type { z } from 'zod';
import type { auditQuerySchema } from '../../../protocol/schemas/data-care.ts';
import type { ServiceDeps } from '../deps.ts';

/** Appends an entry at the clock's now; `agentId` null for Kefu itself. */
export async function recordAudit(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  entry: {
    agentId: string | null;
    action: AuditAction;
    target: string | null;
    details: Record<string, unknown>;
  },
): Promise<void> {
  await deps.store.audit.append({ at: deps.clock.now().toISOString(), ...entry });
}

/** Newest first, a page at a time. */
export async function listAudit(
  deps: Pick<ServiceDeps, 'store'>,
  query: z.output<typeof auditQuerySchema>,
): Promise<AuditList> {
  const { limit } = query;
  // One more than asked tells whether there is a next page.
  const rows = await deps.store.audit.list({ limit: limit + 1, beforeId: query.before });
  const page = rows.slice(0, limit);
  const entries = page.map((r): AuditEntry => ({
    id: r.id,
    at: r.at,
    agent: r.agentId ? { id: r.agentId, name: r.agentName ?? '' } : null,
    action: r.action as AuditAction,
    target: r.target,
    details: r.details,
  }));
  return { entries, next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

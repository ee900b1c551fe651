import type { AuditRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { AUDIT_SELECT, toAuditRow, type AuditRaw } from '../rows/audit-log.ts';

/** Append-only: nothing in Kefu changes or deletes an entry. */
export function auditRepository(db: Sql): AuditRepository {
  return {
    async append(row) {
      await db.run(
        'INSERT INTO audit_log (at, agent_id, action, target, details) VALUES ($1, $2, $3, $4, $5)',
        [row.at, row.agentId, row.action, row.target, JSON.stringify(row.details)],
      );
    },
    async list({ limit, beforeId }) {
      const rows =
        beforeId === undefined
          ? await db.all<AuditRaw>(`${AUDIT_SELECT} ORDER BY l.id DESC LIMIT $1`, [limit])
          : await db.all<AuditRaw>(`${AUDIT_SELECT} WHERE l.id < $1 ORDER BY l.id DESC LIMIT $2`, [
              beforeId,
              limit,
            ]);
      return rows.map(toAuditRow);
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { AuditRepository } from '../types.ts';
import { AUDIT_SELECT, toAuditRow, type AuditRaw } from '../rows/audit-log.ts';

/** Append-only: nothing in Kefu changes or deletes an entry. */
export function auditRepository(db: Database): AuditRepository {
  const insert = db.prepare<[string, string | null, string, string | null, string]>(
    'INSERT INTO audit_log (at, agent_id, action, target, details) VALUES (?, ?, ?, ?, ?)',
  );
  const newest = db.prepare<[number], AuditRaw>(`${AUDIT_SELECT} ORDER BY l.id DESC LIMIT ?`);
  const older = db.prepare<[number, number], AuditRaw>(
    `${AUDIT_SELECT} WHERE l.id < ? ORDER BY l.id DESC LIMIT ?`,
  );
  return {
    async append(row) {
      insert.run(row.at, row.agentId, row.action, row.target, JSON.stringify(row.details));
    },
    async list({ limit, beforeId }) {
      const rows = beforeId === undefined ? newest.all(limit) : older.all(beforeId, limit);
      return rows.map(toAuditRow);
    },
  };
}

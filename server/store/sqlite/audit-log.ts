import type { Database } from 'better-sqlite3';
import type { AuditRepository, AuditRow } from '../types.ts';

interface Raw {
  id: number;
  at: string;
  agent_id: string | null;
  agent_name: string | null;
  action: string;
  target: string | null;
  details: string;
}

const toRow = (r: Raw): AuditRow => ({
  id: r.id,
  at: r.at,
  agentId: r.agent_id,
  agentName: r.agent_name,
  action: r.action,
  target: r.target,
  details: JSON.parse(r.details) as Record<string, unknown>,
});

const SELECT = `SELECT l.*, a.name AS agent_name FROM audit_log l LEFT JOIN agents a ON a.id = l.agent_id`;

/** Append-only: nothing in Kefu changes or deletes an entry. */
export function auditRepository(db: Database): AuditRepository {
  const insert = db.prepare<[string, string | null, string, string | null, string]>(
    'INSERT INTO audit_log (at, agent_id, action, target, details) VALUES (?, ?, ?, ?, ?)',
  );
  const newest = db.prepare<[number], Raw>(`${SELECT} ORDER BY l.id DESC LIMIT ?`);
  const older = db.prepare<[number, number], Raw>(
    `${SELECT} WHERE l.id < ? ORDER BY l.id DESC LIMIT ?`,
  );
  return {
    async append(row) {
      insert.run(row.at, row.agentId, row.action, row.target, JSON.stringify(row.details));
    },
    async list({ limit, beforeId }) {
      const rows = beforeId === undefined ? newest.all(limit) : older.all(beforeId, limit);
      return rows.map(toRow);
    },
  };
}

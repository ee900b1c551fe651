/** An audit_log entry with its agent's name, as both engines select it, and its mapper. */
import type { AuditRow } from '../types.ts';

export interface AuditRaw {
  id: number;
  at: string;
  agent_id: string | null;
  agent_name: string | null;
  action: string;
  target: string | null;
  details: string;
}

export const toAuditRow = (r: AuditRaw): AuditRow => ({
  id: r.id,
  at: r.at,
  agentId: r.agent_id,
  agentName: r.agent_name,
  action: r.action,
  target: r.target,
  details: JSON.parse(r.details) as Record<string, unknown>,
});

export const AUDIT_SELECT = `SELECT l.*, a.name AS agent_name FROM audit_log l LEFT JOIN agents a ON a.id = l.agent_id`;

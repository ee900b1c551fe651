import type { AgentStatus } from '../../../protocol/index.ts';
import type { AgentRepository, AgentRow } from '../types.ts';
import { toAgentRow, type AgentRaw } from '../rows/agents.ts';
import { agentAccountWrites } from './agent-accounts.ts';
import { agentAvatars } from './agent-avatars.ts';
import type { Sql } from './sql.ts';

// PostgreSQL selects the department links with the row (SQLite reads them in a second query).
type Raw = AgentRaw & { departments: string[] };

// The department links come along in the same query, sorted by byte order as in SQLite.
const SELECT = `SELECT a.*, ARRAY(
    SELECT d.department_id FROM agent_departments d
    WHERE d.agent_id = a.id ORDER BY d.department_id COLLATE "C"
  ) AS departments
  FROM agents a`;

const toRow = (r: Raw): AgentRow => toAgentRow(r, r.departments);

export function agentRepository(db: Sql): AgentRepository {
  const one = async (where: string, value: string) => {
    const raw = await db.get<Raw>(`${SELECT} WHERE ${where} = $1`, [value]);
    return raw ? toRow(raw) : null;
  };

  return {
    ...agentAccountWrites(db),
    ...agentAvatars(db),
    async create(a) {
      await db.tx(async (sql) => {
        await sql.run(
          `INSERT INTO agents (id, email, name, role, password_hash, max_chats, lang, disabled,
             created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            a.id,
            a.email,
            a.name,
            a.role,
            a.passwordHash,
            a.maxChats,
            a.lang,
            a.disabled ? 1 : 0,
            a.createdAt,
            a.updatedAt,
          ],
        );
        await sql.run(
          `INSERT INTO agent_departments (agent_id, department_id)
           SELECT $1, unnest($2::text[])`,
          [a.id, a.departments],
        );
      });
    },
    get(id) {
      return one('a.id', id);
    },
    findByEmail(email) {
      return one('a.email', email);
    },
    async countByRole(role) {
      const r = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM agents WHERE role = $1', [
        role,
      ]);
      return r?.n ?? 0;
    },
    async list() {
      const rows = await db.all<Raw>(`${SELECT} ORDER BY a.name COLLATE "C", a.id COLLATE "C"`);
      return rows.map(toRow);
    },
    async listRoutable(departmentId) {
      const rows = await db.all<{
        id: string;
        max_chats: number;
        last_assigned_at: string | null;
        active: number;
      }>(
        `SELECT a.id, a.max_chats, a.last_assigned_at,
           (SELECT COUNT(*) FROM conversations c
            WHERE c.agent_id = a.id AND c.status = 'active') AS active
         FROM agents a JOIN agent_departments d ON d.agent_id = a.id
         WHERE d.department_id = $1 AND a.status = 'online' AND a.disabled = 0`,
        [departmentId],
      );
      return rows.map((r) => ({
        id: r.id,
        maxChats: r.max_chats,
        activeChats: r.active,
        lastAssignedAt: r.last_assigned_at,
      }));
    },
    async anyOnline() {
      const r = await db.get<{ found: boolean }>(
        "SELECT EXISTS (SELECT 1 FROM agents WHERE status = 'online' AND disabled = 0) AS found",
      );
      return r?.found === true;
    },
    async getStatus(id) {
      const raw = await db.get<{ status: AgentStatus; status_changed_at: string | null }>(
        'SELECT status, status_changed_at FROM agents WHERE id = $1',
        [id],
      );
      return raw ? { status: raw.status, changedAt: raw.status_changed_at } : null;
    },
    async setStatus(id, row) {
      await db.run('UPDATE agents SET status = $1, status_changed_at = $2 WHERE id = $3', [
        row.status,
        row.changedAt,
        id,
      ]);
    },
    setStatusWhere(current, row) {
      return db.run('UPDATE agents SET status = $1, status_changed_at = $2 WHERE status = $3', [
        row.status,
        row.changedAt,
        current,
      ]);
    },
  };
}

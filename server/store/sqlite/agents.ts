import type { Database } from 'better-sqlite3';
import type { AgentStatus, Role } from '../../../protocol/index.ts';
import type { AgentRepository, AgentRow } from '../types.ts';
import { toAgentRow, type AgentRaw } from '../rows/agents.ts';
import { agentAccountWrites } from './agent-accounts.ts';
import { agentAvatars } from './agent-avatars.ts';

const toRaw = (a: AgentRow): AgentRaw => ({
  id: a.id,
  email: a.email,
  name: a.name,
  role: a.role,
  password_hash: a.passwordHash,
  max_chats: a.maxChats,
  lang: a.lang,
  disabled: a.disabled ? 1 : 0,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
});

export function agentRepository(db: Database): AgentRepository {
  const insert = db.prepare<[AgentRaw]>(
    `INSERT INTO agents (id, email, name, role, password_hash, max_chats, lang, disabled, created_at, updated_at)
     VALUES (@id, @email, @name, @role, @password_hash, @max_chats, @lang, @disabled, @created_at, @updated_at)`,
  );
  const link = db.prepare<[string, string]>(
    'INSERT INTO agent_departments (agent_id, department_id) VALUES (?, ?)',
  );
  const byId = db.prepare<[string], AgentRaw>('SELECT * FROM agents WHERE id = ?');
  const byEmail = db.prepare<[string], AgentRaw>('SELECT * FROM agents WHERE email = ?');
  const departmentsOf = db
    .prepare<[string], string>(
      'SELECT department_id FROM agent_departments WHERE agent_id = ? ORDER BY department_id',
    )
    .pluck();
  const countByRole = db
    .prepare<[Role], number>('SELECT COUNT(*) FROM agents WHERE role = ?')
    .pluck();
  const statusOf = db.prepare<[string], { status: AgentStatus; status_changed_at: string | null }>(
    'SELECT status, status_changed_at FROM agents WHERE id = ?',
  );
  const setStatus = db.prepare<[AgentStatus, string | null, string]>(
    'UPDATE agents SET status = ?, status_changed_at = ? WHERE id = ?',
  );
  const setStatusWhere = db.prepare<[AgentStatus, string | null, AgentStatus]>(
    'UPDATE agents SET status = ?, status_changed_at = ? WHERE status = ?',
  );

  const all = db.prepare<[], AgentRaw>('SELECT * FROM agents ORDER BY name, id');
  const routable = db.prepare<
    [string],
    { id: string; max_chats: number; last_assigned_at: string | null; active: number }
  >(
    `SELECT a.id, a.max_chats, a.last_assigned_at,
       (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = a.id AND c.status = 'active') AS active
     FROM agents a JOIN agent_departments d ON d.agent_id = a.id
     WHERE d.department_id = ? AND a.status = 'online' AND a.disabled = 0`,
  );
  const anyOnline = db
    .prepare<[], number>(
      "SELECT EXISTS (SELECT 1 FROM agents WHERE status = 'online' AND disabled = 0)",
    )
    .pluck();

  const create = db.transaction((a: AgentRow) => {
    insert.run(toRaw(a));
    for (const department of a.departments) link.run(a.id, department);
  });

  return {
    ...agentAccountWrites(db),
    ...agentAvatars(db),
    async create(a) {
      create(a);
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toAgentRow(raw, departmentsOf.all(raw.id)) : null;
    },
    async findByEmail(email) {
      const raw = byEmail.get(email);
      return raw ? toAgentRow(raw, departmentsOf.all(raw.id)) : null;
    },
    async countByRole(role) {
      return countByRole.get(role) ?? 0;
    },
    async list() {
      return all.all().map((r) => toAgentRow(r, departmentsOf.all(r.id)));
    },
    async listRoutable(departmentId) {
      return routable.all(departmentId).map((r) => ({
        id: r.id,
        maxChats: r.max_chats,
        activeChats: r.active,
        lastAssignedAt: r.last_assigned_at,
      }));
    },
    async anyOnline() {
      return anyOnline.get() === 1;
    },
    async getStatus(id) {
      const raw = statusOf.get(id);
      return raw ? { status: raw.status, changedAt: raw.status_changed_at } : null;
    },
    async setStatus(id, row) {
      setStatus.run(row.status, row.changedAt, id);
    },
    async setStatusWhere(current, row) {
      return setStatusWhere.run(row.status, row.changedAt, current).changes;
    },
  };
}

import type { DepartmentRepository, DepartmentUsage } from '../types.ts';
import type { Sql } from './sql.ts';

/** What refers to departments: reads only, apart from the department rows in departments.ts. */
export function departmentUsageReads(db: Sql): Pick<DepartmentRepository, 'usage' | 'hasRecords'> {
  return {
    async usage() {
      const [agents, open] = await Promise.all([
        db.all<{ id: string; n: number }>(
          `SELECT department_id AS id, COUNT(*) AS n FROM agent_departments
           GROUP BY department_id ORDER BY department_id COLLATE "C"`,
        ),
        // The (status, department_id, queued_at) index answers this without reading closed chats.
        db.all<{ id: string; n: number }>(
          `SELECT department_id AS id, COUNT(*) AS n FROM conversations
           WHERE status IN ('queued', 'active') AND department_id IS NOT NULL
           GROUP BY department_id ORDER BY department_id COLLATE "C"`,
        ),
      ]);
      const map = new Map<string, DepartmentUsage>();
      const entry = (id: string) => {
        const found = map.get(id) ?? { agents: 0, openChats: 0 };
        map.set(id, found);
        return found;
      };
      for (const r of agents) entry(r.id).agents = r.n;
      for (const r of open) entry(r.id).openChats = r.n;
      return map;
    },
    async hasRecords(id) {
      const r = await db.get<{ found: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM conversations WHERE department_id = $1)
           OR EXISTS (SELECT 1 FROM conversation_events WHERE department_id = $1)
           OR EXISTS (SELECT 1 FROM left_messages WHERE department_id = $1)
           OR EXISTS (SELECT 1 FROM tickets WHERE department_id = $1) AS found`,
        [id],
      );
      return r?.found === true;
    },
  };
}

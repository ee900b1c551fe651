import type { Database } from 'better-sqlite3';
import type { DepartmentRepository, DepartmentUsage } from '../types.ts';

/** What refers to departments: reads only, apart from the department rows in departments.ts. */
export function departmentUsageReads(
  db: Database,
): Pick<DepartmentRepository, 'usage' | 'hasRecords'> {
  const agents = db.prepare<[], { id: string; n: number }>(
    'SELECT department_id AS id, COUNT(*) AS n FROM agent_departments GROUP BY department_id',
  );
  // The (status, department_id, queued_at) index answers this without reading closed chats.
  const open = db.prepare<[], { id: string; n: number }>(
    `SELECT department_id AS id, COUNT(*) AS n FROM conversations
     WHERE status IN ('queued', 'active') AND department_id IS NOT NULL
     GROUP BY department_id`,
  );
  const records = db
    .prepare<[{ id: string }], number>(
      `SELECT EXISTS (SELECT 1 FROM conversations WHERE department_id = @id)
         OR EXISTS (SELECT 1 FROM conversation_events WHERE department_id = @id)
         OR EXISTS (SELECT 1 FROM left_messages WHERE department_id = @id)
         OR EXISTS (SELECT 1 FROM tickets WHERE department_id = @id)`,
    )
    .pluck();

  return {
    async usage() {
      const map = new Map<string, DepartmentUsage>();
      const entry = (id: string) => {
        const found = map.get(id) ?? { agents: 0, openChats: 0 };
        map.set(id, found);
        return found;
      };
      for (const r of agents.all()) entry(r.id).agents = r.n;
      for (const r of open.all()) entry(r.id).openChats = r.n;
      return map;
    },
    async hasRecords(id) {
      return records.get({ id }) === 1;
    },
  };
}

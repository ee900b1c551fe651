import type { TicketRepository } from '../types.ts';
import type { Sql } from './sql.ts';

/** Who receives each department's tickets. */
export function ticketContacts(db: Sql): Pick<TicketRepository, 'contacts' | 'setContacts'> {
  return {
    async contacts() {
      const map = new Map<string, string[]>();
      // COLLATE "C": SQLite's byte order, whatever the database's collation.
      const rows = await db.all<{ department_id: string; agent_id: string }>(
        `SELECT department_id, agent_id FROM department_contacts
         ORDER BY department_id COLLATE "C", agent_id COLLATE "C"`,
      );
      for (const r of rows)
        map.set(r.department_id, [...(map.get(r.department_id) ?? []), r.agent_id]);
      return map;
    },
    async setContacts(departmentId, agentIds) {
      await db.tx(async (sql) => {
        await sql.run('DELETE FROM department_contacts WHERE department_id = $1', [departmentId]);
        for (const agentId of agentIds) {
          await sql.run(
            'INSERT INTO department_contacts (department_id, agent_id) VALUES ($1, $2)',
            [departmentId, agentId],
          );
        }
      });
    },
  };
}

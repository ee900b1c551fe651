import type { Database } from 'better-sqlite3';
import type { TicketRepository } from '../types.ts';

/** Who receives each department's tickets. */
export function ticketContacts(db: Database): Pick<TicketRepository, 'contacts' | 'setContacts'> {
  const all = db.prepare<[], { department_id: string; agent_id: string }>(
    'SELECT department_id, agent_id FROM department_contacts ORDER BY department_id, agent_id',
  );
  const clear = db.prepare<[string]>('DELETE FROM department_contacts WHERE department_id = ?');
  const add = db.prepare<[string, string]>(
    'INSERT INTO department_contacts (department_id, agent_id) VALUES (?, ?)',
  );
  const replace = db.transaction((departmentId: string, agentIds: string[]) => {
    clear.run(departmentId);
    for (const agentId of agentIds) add.run(departmentId, agentId);
  });
  return {
    async contacts() {
      const map = new Map<string, string[]>();
      for (const r of all.all())
        map.set(r.department_id, [...(map.get(r.department_id) ?? []), r.agent_id]);
      return map;
    },
    async setContacts(departmentId, agentIds) {
      replace.immediate(departmentId, agentIds);
    },
  };
}

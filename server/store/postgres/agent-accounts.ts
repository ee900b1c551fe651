import type { AgentRepository } from '../types.ts';
import type { Sql } from './sql.ts';

type AccountWrites = Pick<AgentRepository, 'update' | 'setPasswordHash' | 'setDisabled'>;

/** The admin's changes to an account, apart from the reads and presence in agents.ts. */
export function agentAccountWrites(db: Sql): AccountWrites {
  return {
    // The profile and its department links change together, or not at all.
    update(row) {
      return db.tx(async (sql) => {
        const changed = await sql.run(
          `UPDATE agents SET email = $1, name = $2, role = $3, max_chats = $4, lang = $5,
             updated_at = $6
           WHERE id = $7`,
          [row.email, row.name, row.role, row.maxChats, row.lang, row.updatedAt, row.id],
        );
        if (changed === 0) return false;
        await sql.run('DELETE FROM agent_departments WHERE agent_id = $1', [row.id]);
        await sql.run(
          `INSERT INTO agent_departments (agent_id, department_id)
           SELECT $1, unnest($2::text[])`,
          [row.id, row.departments],
        );
        return true;
      });
    },
    async setPasswordHash(id, passwordHash, updatedAt) {
      const changed = await db.run(
        'UPDATE agents SET password_hash = $1, updated_at = $2 WHERE id = $3',
        [passwordHash, updatedAt, id],
      );
      return changed > 0;
    },
    async setDisabled(id, disabled, updatedAt) {
      const changed = await db.run(
        'UPDATE agents SET disabled = $1, updated_at = $2 WHERE id = $3',
        [disabled ? 1 : 0, updatedAt, id],
      );
      return changed > 0;
    },
  };
}

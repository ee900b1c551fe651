import type { Database } from 'better-sqlite3';
import type { Language, Role } from '../../../protocol/index.ts';
import type { AgentRepository } from '../types.ts';

type AccountWrites = Pick<AgentRepository, 'update' | 'setPasswordHash' | 'setDisabled'>;

interface ProfileRaw {
  id: string;
  email: string;
  name: string;
  role: Role;
  max_chats: number;
  lang: Language;
  updated_at: string;
}

/** The admin's changes to an account, apart from the reads and presence in agents.ts. */
export function agentAccountWrites(db: Database): AccountWrites {
  const updateProfile = db.prepare<[ProfileRaw]>(
    `UPDATE agents SET email = @email, name = @name, role = @role, max_chats = @max_chats,
       lang = @lang, updated_at = @updated_at
     WHERE id = @id`,
  );
  const unlinkAll = db.prepare<[string]>('DELETE FROM agent_departments WHERE agent_id = ?');
  const link = db.prepare<[string, string]>(
    'INSERT INTO agent_departments (agent_id, department_id) VALUES (?, ?)',
  );
  const setHash = db.prepare<[string, string, string]>(
    'UPDATE agents SET password_hash = ?, updated_at = ? WHERE id = ?',
  );
  const setDisabled = db.prepare<[number, string, string]>(
    'UPDATE agents SET disabled = ?, updated_at = ? WHERE id = ?',
  );

  const update = db.transaction((row: Parameters<AccountWrites['update']>[0]): boolean => {
    const changed = updateProfile.run({
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      max_chats: row.maxChats,
      lang: row.lang,
      updated_at: row.updatedAt,
    }).changes;
    if (changed === 0) return false;
    unlinkAll.run(row.id);
    for (const department of row.departments) link.run(row.id, department);
    return true;
  });

  return {
    async update(row) {
      return update(row);
    },
    async setPasswordHash(id, passwordHash, updatedAt) {
      return setHash.run(passwordHash, updatedAt, id).changes > 0;
    },
    async setDisabled(id, disabled, updatedAt) {
      return setDisabled.run(disabled ? 1 : 0, updatedAt, id).changes > 0;
    },
  };
}

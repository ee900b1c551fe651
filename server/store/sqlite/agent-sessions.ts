import type { Database } from 'better-sqlite3';
import type { AgentSessionRepository } from '../types.ts';
import { toAgentSessionRow, type AgentSessionRaw } from '../rows/agent-sessions.ts';

export function agentSessionRepository(db: Database): AgentSessionRepository {
  const insert = db.prepare<[AgentSessionRaw]>(
    `INSERT INTO agent_sessions (id, agent_id, created_at, last_seen_at, expires_at)
     VALUES (@id, @agent_id, @created_at, @last_seen_at, @expires_at)`,
  );
  const byId = db.prepare<[string], AgentSessionRaw>('SELECT * FROM agent_sessions WHERE id = ?');
  const touch = db.prepare<[string, string]>(
    'UPDATE agent_sessions SET last_seen_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM agent_sessions WHERE id = ?');
  const idsOf = db
    .prepare<[string], string>('SELECT id FROM agent_sessions WHERE agent_id = ?')
    .pluck();
  const removeStale = db.prepare<[string, string]>(
    'DELETE FROM agent_sessions WHERE expires_at <= ? OR last_seen_at <= ?',
  );

  const removeForAgent = db.transaction((agentId: string, keep: string | undefined) => {
    const ids = idsOf.all(agentId).filter((id) => id !== keep);
    for (const id of ids) remove.run(id);
    return ids;
  });

  return {
    async create(s) {
      insert.run({
        id: s.id,
        agent_id: s.agentId,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt,
        expires_at: s.expiresAt,
      });
    },
    async get(id) {
      const r = byId.get(id);
      return r ? toAgentSessionRow(r) : null;
    },
    async touch(id, lastSeenAt) {
      touch.run(lastSeenAt, id);
    },
    async delete(id) {
      remove.run(id);
    },
    async deleteStale({ expiresBefore, lastSeenBefore }) {
      removeStale.run(expiresBefore, lastSeenBefore);
    },
    async deleteForAgent(agentId, keep) {
      return removeForAgent(agentId, keep);
    },
  };
}

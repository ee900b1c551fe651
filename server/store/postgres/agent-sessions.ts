import type { AgentSessionRepository } from '../types.ts';
import { toAgentSessionRow, type AgentSessionRaw } from '../rows/agent-sessions.ts';
import type { Sql } from './sql.ts';

export function agentSessionRepository(db: Sql): AgentSessionRepository {
  return {
    async create(s) {
      await db.run(
        `INSERT INTO agent_sessions (id, agent_id, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [s.id, s.agentId, s.createdAt, s.lastSeenAt, s.expiresAt],
      );
    },
    async get(id) {
      const r = await db.get<AgentSessionRaw>('SELECT * FROM agent_sessions WHERE id = $1', [id]);
      return r ? toAgentSessionRow(r) : null;
    },
    async touch(id, lastSeenAt) {
      await db.run('UPDATE agent_sessions SET last_seen_at = $1 WHERE id = $2', [lastSeenAt, id]);
    },
    async delete(id) {
      await db.run('DELETE FROM agent_sessions WHERE id = $1', [id]);
    },
    async deleteStale({ expiresBefore, lastSeenBefore }) {
      await db.run('DELETE FROM agent_sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [
        expiresBefore,
        lastSeenBefore,
      ]);
    },
    // One statement: the ids returned are exactly the sessions this call ended.
    async deleteForAgent(agentId, keep) {
      const rows = await db.all<{ id: string }>(
        `DELETE FROM agent_sessions WHERE agent_id = $1 AND ($2::text IS NULL OR id <> $2)
         RETURNING id`,
        [agentId, keep ?? null],
      );
      return rows.map((r) => r.id);
    },
  };
}

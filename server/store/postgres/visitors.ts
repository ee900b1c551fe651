import type { VisitorRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toVisitorRow, type VisitorRaw } from '../rows/visitors.ts';

const COLUMNS = 'id, token_hash, lang, created_at, last_seen_at, user_agent, referrer';

export function visitorRepository(db: Sql): VisitorRepository {
  const one = async (where: string, value: string) => {
    const raw = await db.get<VisitorRaw>(`SELECT ${COLUMNS} FROM visitors WHERE ${where} = $1`, [
      value,
    ]);
    return raw ? toVisitorRow(raw) : null;
  };

  return {
    async create(v) {
      await db.run(`INSERT INTO visitors (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        v.id,
        v.tokenHash,
        v.lang,
        v.createdAt,
        v.lastSeenAt,
        v.userAgent,
        v.referrer,
      ]);
    },
    async get(id) {
      return one('id', id);
    },
    async findByTokenHash(tokenHash) {
      return one('token_hash', tokenHash);
    },
    async touch(id, lastSeenAt) {
      await db.run('UPDATE visitors SET last_seen_at = $1 WHERE id = $2', [lastSeenAt, id]);
    },
    async setClientInfo(id, info) {
      // Only a real change writes: the same browser and referrer come with every connection
      // and message, and an UPDATE that matches no row leaves no dead tuple behind.
      await db.run(
        `UPDATE visitors SET user_agent = COALESCE($2, user_agent), referrer = COALESCE($3, referrer)
         WHERE id = $1
           AND (user_agent IS DISTINCT FROM COALESCE($2, user_agent)
             OR referrer IS DISTINCT FROM COALESCE($3, referrer))`,
        [id, info.userAgent, info.referrer],
      );
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { VisitorRepository } from '../types.ts';
import { toVisitorRow, type VisitorRaw } from '../rows/visitors.ts';

export function visitorRepository(db: Database): VisitorRepository {
  const insert = db.prepare<[VisitorRaw]>(
    `INSERT INTO visitors (id, token_hash, lang, created_at, last_seen_at, user_agent, referrer)
     VALUES (@id, @token_hash, @lang, @created_at, @last_seen_at, @user_agent, @referrer)`,
  );
  const byId = db.prepare<[string], VisitorRaw>('SELECT * FROM visitors WHERE id = ?');
  const byTokenHash = db.prepare<[string], VisitorRaw>(
    'SELECT * FROM visitors WHERE token_hash = ?',
  );
  const touch = db.prepare<[string, string]>('UPDATE visitors SET last_seen_at = ? WHERE id = ?');
  // Only a real change writes: the same browser and referrer come with every connection and
  // message, and an UPDATE that matches no row dirties no page, so it costs no WAL write.
  const clientInfo = db.prepare<{ id: string; ua: string | null; ref: string | null }>(
    `UPDATE visitors SET user_agent = COALESCE(@ua, user_agent), referrer = COALESCE(@ref, referrer)
     WHERE id = @id
       AND (user_agent IS NOT COALESCE(@ua, user_agent) OR referrer IS NOT COALESCE(@ref, referrer))`,
  );

  return {
    async create(v) {
      insert.run({
        id: v.id,
        token_hash: v.tokenHash,
        lang: v.lang,
        created_at: v.createdAt,
        last_seen_at: v.lastSeenAt,
        user_agent: v.userAgent,
        referrer: v.referrer,
      });
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toVisitorRow(raw) : null;
    },
    async findByTokenHash(tokenHash) {
      const raw = byTokenHash.get(tokenHash);
      return raw ? toVisitorRow(raw) : null;
    },
    async touch(id, lastSeenAt) {
      touch.run(lastSeenAt, id);
    },
    async setClientInfo(id, info) {
      clientInfo.run({ id, ua: info.userAgent, ref: info.referrer });
    },
  };
}

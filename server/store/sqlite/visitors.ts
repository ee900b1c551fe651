import type { Database } from 'better-sqlite3';
import type { Language } from '../../../protocol/index.ts';
import type { VisitorRepository, VisitorRow } from '../types.ts';

interface Raw {
  id: string;
  token_hash: string;
  lang: Language;
  created_at: string;
  last_seen_at: string;
}

const toRow = (r: Raw): VisitorRow => ({
  id: r.id,
  tokenHash: r.token_hash,
  lang: r.lang,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
});

export function visitorRepository(db: Database): VisitorRepository {
  const insert = db.prepare<[Raw]>(
    `INSERT INTO visitors (id, token_hash, lang, created_at, last_seen_at)
     VALUES (@id, @token_hash, @lang, @created_at, @last_seen_at)`,
  );
  const byTokenHash = db.prepare<[string], Raw>('SELECT * FROM visitors WHERE token_hash = ?');
  const touch = db.prepare<[string, string]>('UPDATE visitors SET last_seen_at = ? WHERE id = ?');

  return {
    async create(v) {
      insert.run({
        id: v.id,
        token_hash: v.tokenHash,
        lang: v.lang,
        created_at: v.createdAt,
        last_seen_at: v.lastSeenAt,
      });
    },
    async findByTokenHash(tokenHash) {
      const raw = byTokenHash.get(tokenHash);
      return raw ? toRow(raw) : null;
    },
    async touch(id, lastSeenAt) {
      touch.run(lastSeenAt, id);
    },
  };
}

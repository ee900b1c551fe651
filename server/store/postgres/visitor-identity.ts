import type { VisitorIdentity } from '../../../protocol/identity.ts';
import type { StoredPreChat, VisitorIdentityRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { claimsOf, toIdentity, type VisitorIdentityRaw } from '../rows/visitor-identity.ts';

const byId = (sql: Sql, id: string) =>
  sql.get<VisitorIdentityRaw>(
    'SELECT id, external_id, identity, merged_into FROM visitors WHERE id = $1',
    [id],
  );

/** The transaction of `linkVerified`; it may run again when PostgreSQL asks for a retry. */
async function link(sql: Sql, visitorId: string, identity: VisitorIdentity): Promise<string> {
  const externalId = identity.id ?? '';
  const found = await sql.get<{ id: string }>('SELECT id FROM visitors WHERE external_id = $1', [
    externalId,
  ]);
  const record = found?.id ?? visitorId;
  await sql.run(
    'UPDATE visitors SET external_id = $1, identity = $2, merged_into = NULL WHERE id = $3',
    [externalId, claimsOf(identity), record],
  );
  if (record !== visitorId) {
    await sql.run('UPDATE visitors SET merged_into = $1 WHERE id = $2', [record, visitorId]);
    // One open conversation per visitor: the browser's goes along only if the customer has none.
    await sql.run(
      `UPDATE conversations SET visitor_id = $2
       WHERE visitor_id = $1 AND status <> 'closed'
         AND NOT EXISTS (SELECT 1 FROM conversations WHERE visitor_id = $2 AND status <> 'closed')`,
      [visitorId, record],
    );
  }
  return record;
}

export function visitorIdentityRepository(db: Sql): VisitorIdentityRepository {
  return {
    async actingVisitor(visitorId) {
      const raw = await byId(db, visitorId);
      if (!raw) return null;
      if (raw.merged_into === null) return raw.id;
      return (await byId(db, raw.merged_into))?.id ?? null;
    },
    async get(visitorId) {
      const raw = await byId(db, visitorId);
      return raw ? toIdentity(raw) : null;
    },
    async setClaims(visitorId, identity) {
      await db.run('UPDATE visitors SET identity = $1 WHERE id = $2', [
        claimsOf(identity),
        visitorId,
      ]);
    },
    async linkVerified(visitorId, identity) {
      return db.tx((sql) => link(sql, visitorId, identity));
    },
    async preChat(visitorId) {
      const raw = await db.get<{ pre_chat: string | null }>(
        'SELECT pre_chat FROM visitors WHERE id = $1',
        [visitorId],
      );
      return raw?.pre_chat ? (JSON.parse(raw.pre_chat) as StoredPreChat) : null;
    },
    async setPreChat(visitorId, answers) {
      const changed = await db.run(
        'UPDATE visitors SET pre_chat = $1 WHERE id = $2 AND pre_chat IS NULL',
        [JSON.stringify(answers), visitorId],
      );
      return changed === 1;
    },
  };
}

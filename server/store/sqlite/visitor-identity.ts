import type { Database } from 'better-sqlite3';
import type { VisitorIdentity } from '../../../protocol/identity.ts';
import type { StoredPreChat, VisitorIdentityRepository } from '../types.ts';
import { claimsOf, toIdentity, type VisitorIdentityRaw } from '../rows/visitor-identity.ts';

export function visitorIdentityRepository(db: Database): VisitorIdentityRepository {
  const byId = db.prepare<[string], VisitorIdentityRaw>(
    'SELECT id, external_id, identity, merged_into FROM visitors WHERE id = ?',
  );
  const byExternal = db
    .prepare<[string], string>('SELECT id FROM visitors WHERE external_id = ?')
    .pluck();
  const setClaims = db.prepare<[string, string]>('UPDATE visitors SET identity = ? WHERE id = ?');
  const setVerified = db.prepare<[string, string, string]>(
    'UPDATE visitors SET external_id = ?, identity = ?, merged_into = NULL WHERE id = ?',
  );
  const mergeInto = db.prepare<[string, string]>(
    'UPDATE visitors SET merged_into = ? WHERE id = ?',
  );
  const preChatOf = db
    .prepare<[string], string | null>('SELECT pre_chat FROM visitors WHERE id = ?')
    .pluck();
  const setPreChat = db.prepare<[string, string]>(
    'UPDATE visitors SET pre_chat = ? WHERE id = ? AND pre_chat IS NULL',
  );
  // One open conversation per visitor (001): the browser's goes along only if the customer has none.
  const carryOpen = db.prepare<{ from: string; to: string }>(
    `UPDATE conversations SET visitor_id = @to
     WHERE visitor_id = @from AND status <> 'closed'
       AND NOT EXISTS (SELECT 1 FROM conversations WHERE visitor_id = @to AND status <> 'closed')`,
  );

  const link = db.transaction((visitorId: string, identity: VisitorIdentity): string => {
    const externalId = identity.id ?? '';
    const record = byExternal.get(externalId) ?? visitorId;
    setVerified.run(externalId, claimsOf(identity), record);
    if (record !== visitorId) {
      mergeInto.run(record, visitorId);
      carryOpen.run({ from: visitorId, to: record });
    }
    return record;
  });

  return {
    async actingVisitor(visitorId) {
      const raw = byId.get(visitorId);
      if (!raw) return null;
      if (raw.merged_into === null) return raw.id;
      return byId.get(raw.merged_into)?.id ?? null;
    },
    async get(visitorId) {
      const raw = byId.get(visitorId);
      return raw ? toIdentity(raw) : null;
    },
    async setClaims(visitorId, identity) {
      setClaims.run(claimsOf(identity), visitorId);
    },
    async linkVerified(visitorId, identity) {
      return link.immediate(visitorId, identity);
    },
    async preChat(visitorId) {
      const json = preChatOf.get(visitorId);
      return json ? (JSON.parse(json) as StoredPreChat) : null;
    },
    async setPreChat(visitorId, answers) {
      return setPreChat.run(JSON.stringify(answers), visitorId).changes === 1;
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { OpenState } from '../types.ts';

/** Beyond this many visitors the cache starts over: a bound on memory. */
const MAX_ENTRIES = 100_000;

/**
 * Each visitor's open conversation (its id and status), or that they have none, kept in
 * memory: it is read for every chat message, and on a WAL database starting the read
 * transaction cost more than the query (7.5 µs of the server's ~93 µs a message at full speed).
 *
 * Temporary triggers on this connection forget a visitor's entry whenever a conversation of
 * theirs is inserted, deleted, or changes status or visitor, whichever repository wrote it, so
 * no write path can be missed. Entries are filled only by reads outside a transaction (the
 * connection is synchronous: no caller runs inside one), i.e. from committed rows; a change
 * rolled back has still made its visitor's entry be forgotten, which costs one read. The only
 * other process that writes a running server's file, `npm run demo:traffic`, adds visitors of
 * its own with their conversations: no entry here is about them.
 */
export function cachedOpenState(
  db: Database,
  read: (visitorId: string) => OpenState | undefined,
): (visitorId: string) => OpenState | null {
  const entries = new Map<string, OpenState | null>();
  db.function('kefu_forget_open_state', (visitorId: unknown) => {
    if (typeof visitorId === 'string') entries.delete(visitorId);
    return null;
  });
  db.exec(`
    CREATE TEMP TRIGGER kefu_open_state_insert AFTER INSERT ON main.conversations
    BEGIN SELECT kefu_forget_open_state(NEW.visitor_id); END;
    CREATE TEMP TRIGGER kefu_open_state_update AFTER UPDATE OF status, visitor_id ON main.conversations
    BEGIN SELECT kefu_forget_open_state(OLD.visitor_id); SELECT kefu_forget_open_state(NEW.visitor_id); END;
    CREATE TEMP TRIGGER kefu_open_state_delete AFTER DELETE ON main.conversations
    BEGIN SELECT kefu_forget_open_state(OLD.visitor_id); END;
  `);
  return (visitorId) => {
    const known = entries.get(visitorId);
    if (known !== undefined) return known;
    const state = read(visitorId) ?? null;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(visitorId, state);
    return state;
  };
}

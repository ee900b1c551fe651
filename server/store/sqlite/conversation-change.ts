import type { Database, Statement } from 'better-sqlite3';
import type { ConversationChange } from '../types.ts';
import { CONVERSATION_CHANGE_COLUMNS as COLUMNS } from '../rows/conversations.ts';

/**
 * `SET` clause and parameters for a change. Column names come from COLUMNS only, never from
 * input, so building the SQL is safe.
 */
function changeSql(change: ConversationChange): { set: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [key, value] of Object.entries(change)) {
    const spec = COLUMNS[key as keyof ConversationChange];
    if (value === undefined) continue;
    parts.push(
      spec.firstOnly ? `${spec.column} = COALESCE(${spec.column}, ?)` : `${spec.column} = ?`,
    );
    params.push(Array.isArray(value) ? JSON.stringify(value) : value);
  }
  return { set: parts.join(', '), params };
}

/**
 * Applies a change to one conversation (and bumps updated_at). One prepared UPDATE per
 * combination of changed columns; commands use only a handful.
 */
export function conversationUpdater(db: Database) {
  const updates = new Map<string, Statement>();
  return (id: string, change: ConversationChange, at: string): void => {
    const { set, params } = changeSql(change);
    if (!set) return;
    let statement = updates.get(set);
    if (!statement) {
      statement = db.prepare(`UPDATE conversations SET ${set}, updated_at = ? WHERE id = ?`);
      updates.set(set, statement);
    }
    statement.run(...params, at, id);
  };
}

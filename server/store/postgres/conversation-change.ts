import type { ConversationChange } from '../types.ts';
import type { Param, Sql } from './sql.ts';
import { CONVERSATION_CHANGE_COLUMNS as COLUMNS } from '../rows/conversations.ts';

/**
 * Applies a change to one conversation and bumps updated_at. Column names come from CONVERSATION_CHANGE_COLUMNS
 * only, never from input, so building the SQL is safe.
 */
export async function applyChange(
  sql: Sql,
  id: string,
  change: ConversationChange,
  at: string,
): Promise<void> {
  const parts: string[] = [];
  const params: Param[] = [];
  for (const [key, value] of Object.entries(change) as [keyof ConversationChange, unknown][]) {
    if (value === undefined) continue;
    const { column, firstOnly } = COLUMNS[key];
    params.push(Array.isArray(value) ? JSON.stringify(value) : (value as Param));
    const param = `$${params.length}`;
    parts.push(firstOnly ? `${column} = COALESCE(${column}, ${param})` : `${column} = ${param}`);
  }
  if (parts.length === 0) return;
  params.push(at, id);
  await sql.run(
    `UPDATE conversations SET ${parts.join(', ')}, updated_at = $${params.length - 1}
     WHERE id = $${params.length}`,
    params,
  );
}

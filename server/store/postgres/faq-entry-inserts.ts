import type { FaqEntryRaw, FaqRevisionRaw } from '../rows/faq-entries.ts';
import type { Param, Sql } from './sql.ts';

/** faq_entries' columns in `entryParams` order; "similar" is a reserved word in PostgreSQL. */
const ENTRY_COLUMNS = `id, lang, question, "similar", keywords, answer, category, department,
  status, created_at, updated_at, version, updated_by`;

/**
 * An entry's id and fields up to its status: the parameters $1–$9 of both statements that write
 * a whole row, the INSERT here and the versioned UPDATE of faq-entries.ts, each of which then
 * adds its own.
 */
export const entryFieldParams = (r: FaqEntryRaw): Param[] => [
  r.id,
  r.lang,
  r.question,
  r.similar,
  r.keywords,
  r.answer,
  r.category,
  r.department,
  r.status,
];

const entryParams = (r: FaqEntryRaw): Param[] => [
  ...entryFieldParams(r),
  r.created_at,
  r.updated_at,
  r.version,
  r.updated_by,
];

const REVISION_COLUMNS = 'entry_id, version, action, snapshot, agent_id, at';

const revisionParams = (r: Omit<FaqRevisionRaw, 'id'>): Param[] => [
  r.entry_id,
  r.version,
  r.action,
  r.snapshot,
  r.agent_id,
  r.at,
];

/**
 * PostgreSQL binds at most 65535 parameters per statement: a big batch (an import of 10,000
 * entries) goes in multi-row INSERTs of this many rows, not one round trip per row.
 */
const ROWS_PER_STATEMENT = 1000;

/** `($1, $2), ($3, $4)` for `rows` tuples of `width` parameters. */
function tuples(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: width }, (__, col) => `$${row * width + col + 1}`).join(', ')})`,
  ).join(', ');
}

/** Inserts every tuple of `values` with `head … VALUES … tail`; returns how many rows it changed. */
async function insertRows(
  sql: Sql,
  head: string,
  values: Param[][],
  tail: string,
): Promise<number> {
  let changed = 0;
  for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
    const chunk = values.slice(i, i + ROWS_PER_STATEMENT);
    const width = chunk[0]?.length ?? 0;
    changed += await sql.run(`${head} VALUES ${tuples(chunk.length, width)} ${tail}`, chunk.flat());
  }
  return changed;
}

/** Inserts the entries; `tail` may add an ON CONFLICT clause. Returns how many rows it changed. */
export function insertEntries(sql: Sql, raws: readonly FaqEntryRaw[], tail = ''): Promise<number> {
  return insertRows(sql, `INSERT INTO faq_entries (${ENTRY_COLUMNS})`, raws.map(entryParams), tail);
}

/** Appends the revisions, their ids in the order given. */
export async function insertRevisions(
  sql: Sql,
  revisions: readonly Omit<FaqRevisionRaw, 'id'>[],
): Promise<void> {
  await insertRows(
    sql,
    `INSERT INTO faq_revisions (${REVISION_COLUMNS})`,
    revisions.map(revisionParams),
    '',
  );
}

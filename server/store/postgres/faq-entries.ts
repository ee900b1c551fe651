import type { FaqEntryRepository, FaqEntryRow, FaqRevisionAction } from '../types.ts';
import {
  toEntryRaw,
  toEntryRow,
  toRevisionRaw,
  toRevisionRow,
  type FaqEntryRaw,
  type FaqRevisionRaw,
} from '../rows/faq-entries.ts';
import { entryFieldParams, insertEntries, insertRevisions } from './faq-entry-inserts.ts';
import { faqListQuery, faqStatsQuery } from './faq-entry-queries.ts';
import type { Sql } from './sql.ts';

const LIVE = 'deleted_at IS NULL';

/** An import writes each entry once: an existing one (deleted or not) is overwritten and revived. */
const UPSERT = `ON CONFLICT (id) DO UPDATE SET lang = EXCLUDED.lang, question = EXCLUDED.question,
  "similar" = EXCLUDED."similar", keywords = EXCLUDED.keywords, answer = EXCLUDED.answer,
  category = EXCLUDED.category, department = EXCLUDED.department, status = EXCLUDED.status,
  updated_at = EXCLUDED.updated_at, version = EXCLUDED.version, updated_by = EXCLUDED.updated_by,
  deleted_at = NULL`;

/**
 * Writes the whole row ($1–$9 as `entryFieldParams` gives them) while the stored version is still
 * the expected one ($12); `revive` ($13) also takes a deleted entry and brings it back.
 */
const SAVE = `UPDATE faq_entries SET lang = $2, question = $3, "similar" = $4, keywords = $5,
  answer = $6, category = $7, department = $8, status = $9, updated_at = $10, version = $11,
  updated_by = $14, deleted_at = CASE WHEN $13::boolean THEN NULL ELSE deleted_at END
  WHERE id = $1 AND version = $12 AND (deleted_at IS NULL OR $13::boolean)`;

/**
 * FAQ entries with their revision history: every change and its revision are written in one
 * transaction. Deleted entries stay (deleted_at set) for history and restore, and read as absent.
 */
export function faqEntryRepository(db: Sql): FaqEntryRepository {
  const list = faqListQuery(db);
  const stats = faqStatsQuery(db);
  const entries = async (where: string) =>
    (
      await db.all<FaqEntryRaw>(`SELECT * FROM faq_entries WHERE ${where} ORDER BY id COLLATE "C"`)
    ).map(toEntryRow);
  // COLLATE "C": sorted in SQLite's byte order, whatever the database's collation.
  const distinct = async (column: 'category' | 'department') =>
    (
      await db.all<{ value: string }>(
        `SELECT DISTINCT ${column} COLLATE "C" AS value FROM faq_entries
         WHERE ${LIVE} AND ${column} IS NOT NULL AND ${column} <> '' ORDER BY value`,
      )
    ).map((r) => r.value);

  const update = (
    row: FaqEntryRow,
    expected: number,
    action: FaqRevisionAction,
    revive: boolean,
  ): Promise<boolean> =>
    db.tx(async (sql) => {
      const r = toEntryRaw(row);
      const saved = await sql.run(SAVE, [
        ...entryFieldParams(r),
        r.updated_at,
        r.version,
        expected,
        revive,
        r.updated_by,
      ]);
      if (saved === 0) return false;
      await insertRevisions(sql, [toRevisionRaw(row, action)]);
      return true;
    });

  return {
    async count(options) {
      const where = options?.includeDeleted ? 'TRUE' : LIVE;
      const row = await db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM faq_entries WHERE ${where}`,
      );
      return row?.n ?? 0;
    },
    async insertMany(rows) {
      await db.tx(async (sql) => {
        await insertEntries(sql, rows.map(toEntryRaw));
        await insertRevisions(
          sql,
          rows.map((row) => toRevisionRaw(row, 'created')),
        );
      });
    },
    async listPublished() {
      return entries(`status = 'published' AND ${LIVE}`);
    },
    async listAll() {
      return entries(LIVE);
    },
    async get(id) {
      const raw = await db.get<FaqEntryRaw>(`SELECT * FROM faq_entries WHERE id = $1 AND ${LIVE}`, [
        id,
      ]);
      return raw ? toEntryRow(raw) : null;
    },
    async list(filter) {
      const { raws, total } = await list(filter);
      return { rows: raws.map(toEntryRow), total };
    },
    async categories() {
      return distinct('category');
    },
    async departments() {
      return distinct('department');
    },
    async create(row) {
      return db.tx(async (sql) => {
        // A deleted entry keeps its id: the conflict covers it too.
        if ((await insertEntries(sql, [toEntryRaw(row)], 'ON CONFLICT (id) DO NOTHING')) === 0) {
          return false;
        }
        await insertRevisions(sql, [toRevisionRaw(row, 'created')]);
        return true;
      });
    },
    async update(row, expectedVersion, action) {
      if (row.version !== expectedVersion + 1) {
        throw new Error(
          `entry ${row.id}: version ${row.version} does not follow ${expectedVersion}`,
        );
      }
      return (await update(row, expectedVersion, action, action === 'restored')) ? row : null;
    },
    async delete(id, agentId, at) {
      return db.tx(async (sql) => {
        const raw = await sql.get<FaqEntryRaw>(
          `UPDATE faq_entries SET deleted_at = $2, updated_at = $2, updated_by = $3,
             version = version + 1
           WHERE id = $1 AND ${LIVE} RETURNING *`,
          [id, at, agentId],
        );
        if (!raw) return false;
        // The deleted revision keeps the entry as it was, so a restore can bring it back.
        await insertRevisions(sql, [toRevisionRaw(toEntryRow(raw), 'deleted')]);
        return true;
      });
    },
    async listRevisions(entryId) {
      const raws = await db.all<FaqRevisionRaw>(
        'SELECT * FROM faq_revisions WHERE entry_id = $1 ORDER BY id DESC',
        [entryId],
      );
      return raws.map(toRevisionRow);
    },
    async getRevision(id) {
      const raw = await db.get<FaqRevisionRaw>('SELECT * FROM faq_revisions WHERE id = $1', [id]);
      return raw ? toRevisionRow(raw) : null;
    },
    async stats(ids) {
      return stats(ids);
    },
    async applyImport(rows, agentId, at) {
      await db.tx(async (sql) => {
        const held = await sql.all<{ id: string; created_at: string; version: number }>(
          'SELECT id, created_at, version FROM faq_entries WHERE id = ANY($1::text[])',
          [rows.map((r) => r.id)],
        );
        const stored = new Map(held.map((r) => [r.id, r]));
        // Each row builds on the one before it, as if saved one by one; the table gets the last.
        const latest = new Map<string, FaqEntryRaw>();
        const revisions = rows.map((given) => {
          const before = stored.get(given.id);
          const row: FaqEntryRow = {
            ...given,
            createdAt: before?.created_at ?? at,
            updatedAt: at,
            version: before ? before.version + 1 : 1,
            updatedBy: agentId,
          };
          stored.set(row.id, { id: row.id, created_at: row.createdAt, version: row.version });
          latest.set(row.id, toEntryRaw(row));
          return toRevisionRaw(row, 'imported');
        });
        await insertEntries(sql, [...latest.values()], UPSERT);
        await insertRevisions(sql, revisions);
      });
    },
  };
}

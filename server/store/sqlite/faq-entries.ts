import type { Database } from 'better-sqlite3';
import type { FaqEntryRepository, FaqEntryRow, FaqRevisionAction } from '../types.ts';
import {
  toEntryRaw,
  toEntryRow,
  toRevisionRaw,
  toRevisionRow,
  type FaqEntryRaw,
  type FaqRevisionRaw,
} from '../rows/faq-entries.ts';
import { faqListQuery, faqStatsQuery } from './faq-entry-queries.ts';

const LIVE = 'deleted_at IS NULL';

/**
 * FAQ entries with their revision history: every change and its revision are written in one
 * transaction. Deleted entries stay (deleted_at set) for history and restore, and read as absent.
 */
export function faqEntryRepository(db: Database): FaqEntryRepository {
  const count = db.prepare<[], number>(`SELECT COUNT(*) FROM faq_entries WHERE ${LIVE}`).pluck();
  const countEver = db.prepare<[], number>('SELECT COUNT(*) FROM faq_entries').pluck();
  const published = db.prepare<[], FaqEntryRaw>(
    `SELECT * FROM faq_entries WHERE status = 'published' AND ${LIVE} ORDER BY id`,
  );
  const all = db.prepare<[], FaqEntryRaw>(`SELECT * FROM faq_entries WHERE ${LIVE} ORDER BY id`);
  const byId = db.prepare<[string], FaqEntryRaw>(
    `SELECT * FROM faq_entries WHERE id = ? AND ${LIVE}`,
  );
  const anyById = db.prepare<[string], FaqEntryRaw & { deleted_at: string | null }>(
    'SELECT * FROM faq_entries WHERE id = ?',
  );
  const distinct = (column: 'category' | 'department') =>
    db
      .prepare<[], string>(
        `SELECT DISTINCT ${column} FROM faq_entries
         WHERE ${LIVE} AND ${column} IS NOT NULL AND ${column} <> '' ORDER BY ${column}`,
      )
      .pluck();
  const categories = distinct('category');
  const departments = distinct('department');
  const insert = db.prepare<[FaqEntryRaw]>(
    `INSERT INTO faq_entries (id, lang, question, similar, keywords, answer, category, department,
       status, created_at, updated_at, version, updated_by)
     VALUES (@id, @lang, @question, @similar, @keywords, @answer, @category, @department,
       @status, @created_at, @updated_at, @version, @updated_by)`,
  );
  // Writes the whole row while the stored version is still the expected one; `revive` also
  // takes a deleted entry and brings it back.
  const save = db.prepare<[FaqEntryRaw & { expected: number; revive: number }]>(
    `UPDATE faq_entries SET lang = @lang, question = @question, similar = @similar,
       keywords = @keywords, answer = @answer, category = @category, department = @department,
       status = @status, updated_at = @updated_at, version = @version, updated_by = @updated_by,
       deleted_at = CASE WHEN @revive = 1 THEN NULL ELSE deleted_at END
     WHERE id = @id AND version = @expected AND (deleted_at IS NULL OR @revive = 1)`,
  );
  const markDeleted = db.prepare<[{ id: string; version: number; by: string; at: string }]>(
    `UPDATE faq_entries SET deleted_at = @at, updated_at = @at, updated_by = @by, version = @version
     WHERE id = @id AND ${LIVE}`,
  );
  const addRevision = db.prepare<[Omit<FaqRevisionRaw, 'id'>]>(
    `INSERT INTO faq_revisions (entry_id, version, action, snapshot, agent_id, at)
     VALUES (@entry_id, @version, @action, @snapshot, @agent_id, @at)`,
  );
  const revisions = db.prepare<[string], FaqRevisionRaw>(
    'SELECT * FROM faq_revisions WHERE entry_id = ? ORDER BY id DESC',
  );
  const revision = db.prepare<[number], FaqRevisionRaw>('SELECT * FROM faq_revisions WHERE id = ?');
  const list = faqListQuery(db);
  const stats = faqStatsQuery(db);

  const created = (row: FaqEntryRow) => {
    insert.run(toEntryRaw(row));
    addRevision.run(toRevisionRaw(row, 'created'));
  };
  const insertMany = db.transaction((rows: FaqEntryRow[]) => rows.forEach(created));
  const create = db.transaction((row: FaqEntryRow): boolean => {
    if (anyById.get(row.id)) return false;
    created(row);
    return true;
  });
  const update = db.transaction(
    (row: FaqEntryRow, expected: number, action: FaqRevisionAction, revive: boolean): boolean => {
      const raw = toEntryRaw(row);
      if (save.run({ ...raw, expected, revive: revive ? 1 : 0 }).changes === 0) return false;
      addRevision.run(toRevisionRaw(row, action));
      return true;
    },
  );
  const remove = db.transaction((id: string, agentId: string, at: string): boolean => {
    const raw = byId.get(id);
    if (!raw) return false;
    // The deleted revision keeps the entry as it was, so a restore can bring it back.
    const row = { ...toEntryRow(raw), version: raw.version + 1, updatedBy: agentId, updatedAt: at };
    markDeleted.run({ id, version: row.version, by: agentId, at });
    addRevision.run(toRevisionRaw(row, 'deleted'));
    return true;
  });
  const applyImport = db.transaction((rows: FaqEntryRow[], agentId: string, at: string) => {
    for (const given of rows) {
      const stored = anyById.get(given.id);
      const row: FaqEntryRow = {
        ...given,
        createdAt: stored?.created_at ?? at,
        updatedAt: at,
        version: stored ? stored.version + 1 : 1,
        updatedBy: agentId,
      };
      if (stored) save.run({ ...toEntryRaw(row), expected: stored.version, revive: 1 });
      else insert.run(toEntryRaw(row));
      addRevision.run(toRevisionRaw(row, 'imported'));
    }
  });

  return {
    async count(options) {
      return (options?.includeDeleted ? countEver : count).get() ?? 0;
    },
    async insertMany(rows) {
      insertMany(rows);
    },
    async listPublished() {
      return published.all().map(toEntryRow);
    },
    async listAll() {
      return all.all().map(toEntryRow);
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toEntryRow(raw) : null;
    },
    async list(filter) {
      const { raws, total } = list(filter);
      return { rows: raws.map(toEntryRow), total };
    },
    async categories() {
      return categories.all();
    },
    async departments() {
      return departments.all();
    },
    async create(row) {
      return create(row);
    },
    async update(row, expectedVersion, action) {
      if (row.version !== expectedVersion + 1) {
        throw new Error(
          `entry ${row.id}: version ${row.version} does not follow ${expectedVersion}`,
        );
      }
      return update(row, expectedVersion, action, action === 'restored') ? row : null;
    },
    async delete(id, agentId, at) {
      return remove(id, agentId, at);
    },
    async listRevisions(entryId) {
      return revisions.all(entryId).map(toRevisionRow);
    },
    async getRevision(id) {
      const raw = revision.get(id);
      return raw ? toRevisionRow(raw) : null;
    },
    async stats(ids) {
      return stats(ids);
    },
    async applyImport(rows, agentId, at) {
      applyImport(rows, agentId, at);
    },
  };
}

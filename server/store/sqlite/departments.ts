import type { Database } from 'better-sqlite3';
import type { DepartmentRepository } from '../types.ts';
import { departmentUsageReads } from './department-usage.ts';
import { toDepartmentRow, type DepartmentRaw } from '../rows/departments.ts';

export function departmentRepository(db: Database): DepartmentRepository {
  const byDefault = db.prepare<[], DepartmentRaw>(
    'SELECT * FROM departments WHERE is_default = 1 ORDER BY created_at, id LIMIT 1',
  );
  const byId = db.prepare<[string], DepartmentRaw>('SELECT * FROM departments WHERE id = ?');
  const all = db.prepare<[], DepartmentRaw>(
    'SELECT * FROM departments ORDER BY is_default DESC, id',
  );
  const insert = db.prepare<[DepartmentRaw]>(
    `INSERT INTO departments (id, name_zh, name_en, is_default, created_at)
     VALUES (@id, @name_zh, @name_en, @is_default, @created_at)`,
  );
  const rename = db.prepare<[string, string, string]>(
    'UPDATE departments SET name_zh = ?, name_en = ? WHERE id = ?',
  );
  const clearDefault = db.prepare('UPDATE departments SET is_default = 0 WHERE is_default = 1');
  const markDefault = db.prepare<[string]>('UPDATE departments SET is_default = 1 WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM departments WHERE id = ?');
  // Clearing the old default and marking the new one land together, so there is always one.
  const setDefault = db.transaction((id: string): boolean => {
    if (!byId.get(id)) return false;
    clearDefault.run();
    markDefault.run(id);
    return true;
  });

  return {
    ...departmentUsageReads(db),
    async create(d) {
      insert.run({
        id: d.id,
        name_zh: d.nameZh,
        name_en: d.nameEn,
        is_default: d.isDefault ? 1 : 0,
        created_at: d.createdAt,
      });
    },
    async getDefault() {
      const r = byDefault.get();
      return r ? toDepartmentRow(r) : null;
    },
    async get(id) {
      const r = byId.get(id);
      return r ? toDepartmentRow(r) : null;
    },
    async list() {
      return all.all().map(toDepartmentRow);
    },
    async rename(id, names) {
      return rename.run(names.nameZh, names.nameEn, id).changes > 0;
    },
    async setDefault(id) {
      return setDefault(id);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
  };
}

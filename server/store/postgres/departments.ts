import type { DepartmentRepository } from '../types.ts';
import { departmentUsageReads } from './department-usage.ts';
import type { Sql } from './sql.ts';
import { toDepartmentRow, type DepartmentRaw } from '../rows/departments.ts';

export function departmentRepository(db: Sql): DepartmentRepository {
  return {
    ...departmentUsageReads(db),
    async create(d) {
      await db.run(
        `INSERT INTO departments (id, name_zh, name_en, is_default, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [d.id, d.nameZh, d.nameEn, d.isDefault ? 1 : 0, d.createdAt],
      );
    },
    async getDefault() {
      const r = await db.get<DepartmentRaw>(
        `SELECT * FROM departments WHERE is_default = 1
         ORDER BY created_at COLLATE "C", id COLLATE "C" LIMIT 1`,
      );
      return r ? toDepartmentRow(r) : null;
    },
    async get(id) {
      const r = await db.get<DepartmentRaw>('SELECT * FROM departments WHERE id = $1', [id]);
      return r ? toDepartmentRow(r) : null;
    },
    async list() {
      const rows = await db.all<DepartmentRaw>(
        'SELECT * FROM departments ORDER BY is_default DESC, id COLLATE "C"',
      );
      return rows.map(toDepartmentRow);
    },
    async rename(id, names) {
      const changed = await db.run(
        'UPDATE departments SET name_zh = $1, name_en = $2 WHERE id = $3',
        [names.nameZh, names.nameEn, id],
      );
      return changed > 0;
    },
    // Clearing the old default and marking the new one land together, so there is always one.
    setDefault(id) {
      return db.tx(async (sql) => {
        if (!(await sql.get('SELECT 1 FROM departments WHERE id = $1', [id]))) return false;
        await sql.run('UPDATE departments SET is_default = 0 WHERE is_default = 1');
        await sql.run('UPDATE departments SET is_default = 1 WHERE id = $1', [id]);
        return true;
      });
    },
    async delete(id) {
      return (await db.run('DELETE FROM departments WHERE id = $1', [id])) > 0;
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { DepartmentRepository } from '../types.ts';

interface Raw {
  id: string;
  name_zh: string;
  name_en: string;
  is_default: number;
  created_at: string;
}

export function departmentRepository(db: Database): DepartmentRepository {
  const byDefault = db.prepare<[], Raw>(
    'SELECT * FROM departments WHERE is_default = 1 ORDER BY created_at, id LIMIT 1',
  );
  return {
    async getDefault() {
      const r = byDefault.get();
      if (!r) return null;
      return {
        id: r.id,
        nameZh: r.name_zh,
        nameEn: r.name_en,
        isDefault: r.is_default === 1,
        createdAt: r.created_at,
      };
    },
  };
}

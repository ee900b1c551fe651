/** A departments row as both engines hold it (is_default as 0/1), and its mapper. */
import type { DepartmentRow } from '../types.ts';

export interface DepartmentRaw {
  id: string;
  name_zh: string;
  name_en: string;
  is_default: number;
  created_at: string;
}

export const toDepartmentRow = (r: DepartmentRaw): DepartmentRow => ({
  id: r.id,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  isDefault: r.is_default === 1,
  createdAt: r.created_at,
});

import type { Failure } from '../rest.ts';
import type { AdminTextKey, AdminTexts } from './i18n.ts';
import { refusedPath, type FormProblem } from './refusal.ts';

export interface DepartmentDraft {
  id: string;
  nameZh: string;
  nameEn: string;
}

export type DepartmentField = keyof DepartmentDraft;

export const EMPTY_DEPARTMENT: DepartmentDraft = { id: '', nameZh: '', nameEn: '' };

const MESSAGES: Record<DepartmentField, AdminTextKey> = {
  id: 'idInvalid',
  nameZh: 'nameZhEmpty',
  nameEn: 'nameEnEmpty',
};

/** What went wrong, in the admin's language; a conflict on adding is a taken id. */
export function departmentProblem(tx: AdminTexts, failure: Failure): FormProblem<DepartmentField> {
  if (failure.problem === 'conflict') return { field: 'id', message: tx.idTaken };
  const field = refusedPath(failure)?.[0];
  if (field === 'id' || field === 'nameZh' || field === 'nameEn') {
    return { field, message: tx[MESSAGES[field]] };
  }
  return { field: null, message: tx.problems[failure.problem] };
}

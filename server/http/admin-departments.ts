import { Router, type Request } from 'express';
import type { DepartmentAdmin } from '../../protocol/index.ts';
import { departmentCreateSchema, departmentRenameSchema } from '../../protocol/schemas/admin.ts';
import {
  createDepartment,
  renameDepartment,
  setDefaultDepartment,
} from '../services/departments/change.ts';
import { deleteDepartment } from '../services/departments/delete.ts';
import { listDepartments } from '../services/departments/list.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { checkIds, parseInput } from './parse-input.ts';

type ById = Request<{ id: string }>;
type List = { departments: DepartmentAdmin[] };

/** Departments (部门); behind the admin guard in admin.ts. */
export function adminDepartmentsRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  checkIds(router);

  router.get('/api/admin/departments', async (_req, res) => {
    res.json({ departments: await listDepartments(deps) } satisfies List);
  });

  router.post('/api/admin/departments', async (req, res) => {
    const input = parseInput(departmentCreateSchema, req.body);
    const department = await createDepartment(deps, input);
    res.status(201).json({ department } satisfies { department: DepartmentAdmin });
  });

  router.put('/api/admin/departments/:id', async (req: ById, res) => {
    const input = parseInput(departmentRenameSchema, req.body);
    const department = await renameDepartment(deps, req.params.id, input);
    res.json({ department } satisfies { department: DepartmentAdmin });
  });

  router.post('/api/admin/departments/:id/default', async (req: ById, res) => {
    res.json({ departments: await setDefaultDepartment(deps, req.params.id) } satisfies List);
  });

  router.delete('/api/admin/departments/:id', async (req: ById, res) => {
    await deleteDepartment(deps, req.params.id);
    res.status(204).end();
  });
  return router;
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DepartmentAdmin } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, createViaApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await startServer();
  admin = await signIn(server.url);
});
afterEach(() => server.close());

const api = (method: string, path: string, body?: unknown) =>
  adminApi(server, admin)(method, path, body);

async function departments(): Promise<DepartmentAdmin[]> {
  const res = await api('GET', '/api/admin/departments');
  return (await expectJson<{ departments: DepartmentAdmin[] }>(res, 200)).departments;
}

async function create(id: string, nameZh: string, nameEn: string): Promise<DepartmentAdmin> {
  const res = await api('POST', '/api/admin/departments', { id, nameZh, nameEn });
  return (await expectJson<{ department: DepartmentAdmin }>(res, 201)).department;
}

describe('departments', () => {
  it('start with the default one, which the admin works, and new ones are added beside it', async () => {
    expect(await departments()).toEqual([
      {
        id: 'general',
        nameZh: '综合咨询',
        nameEn: 'General enquiries',
        isDefault: true,
        agents: 1,
        openChats: 0,
        deletable: false,
        blockedBy: 'default',
      },
    ]);
    expect(await create('after-sales', ' 售后服务 ', 'After-sales')).toEqual({
      id: 'after-sales',
      nameZh: '售后服务',
      nameEn: 'After-sales',
      isDefault: false,
      agents: 0,
      openChats: 0,
      deletable: true,
      blockedBy: null,
    });
    expect((await departments()).map((d) => d.id)).toEqual(['general', 'after-sales']);
  });

  it('refuses a taken id and an id that is not a slug', async () => {
    await create('after-sales', '售后', 'After-sales');
    const taken = await api('POST', '/api/admin/departments', {
      id: 'after-sales',
      nameZh: '又一个',
      nameEn: 'Another',
    });
    await expectError(taken, 409, 'conflict');
    const slug = await api('POST', '/api/admin/departments', {
      id: 'After Sales',
      nameZh: '售后',
      nameEn: 'After-sales',
    });
    expect(await expectError(slug, 400, 'invalid_input')).toMatch(/^id:/);
  });

  it('are renamed, keeping their id', async () => {
    const res = await api('PUT', '/api/admin/departments/general', {
      nameZh: '售前咨询',
      nameEn: 'Pre-sales',
    });
    expect((await expectJson<{ department: DepartmentAdmin }>(res, 200)).department).toMatchObject({
      id: 'general',
      nameZh: '售前咨询',
      nameEn: 'Pre-sales',
    });
    const missing = await api('PUT', '/api/admin/departments/nope', {
      nameZh: '无',
      nameEn: 'None',
    });
    await expectError(missing, 404, 'not_found');
  });

  it('have one default, where the next chat nothing else places is queued', async () => {
    await create('after-sales', '售后', 'After-sales');
    const res = await api('POST', '/api/admin/departments/after-sales/default', {});
    const { departments: list } = await expectJson<{ departments: DepartmentAdmin[] }>(res, 200);
    expect(list.map((d) => [d.id, d.isDefault])).toEqual([
      ['after-sales', true],
      ['general', false],
    ]);
    await onlineElsewhere(server);
    const { tab, conversationId } = await visitorAsking(server);
    expect((await server.store.conversations.get(conversationId))?.departmentId).toBe(
      'after-sales',
    );
    tab.close();
    expect((await departments()).find((d) => d.id === 'after-sales')).toMatchObject({
      openChats: 1,
      blockedBy: 'default',
    });
  });

  it('can be deleted only when nothing refers to them', async () => {
    await create('mistake', '错建', 'Created by mistake');
    await create('staffed', '有人', 'Staffed');
    await create('busy', '忙', 'Busy');
    await createViaApi(server, admin, { departments: ['staffed'] });
    await server.store.departments.setDefault('busy');
    await onlineElsewhere(server);
    const { tab } = await visitorAsking(server);
    tab.close();
    await server.store.departments.setDefault('general');

    const blocked = Object.fromEntries((await departments()).map((d) => [d.id, d.blockedBy]));
    expect(blocked).toEqual({
      general: 'default',
      mistake: null,
      staffed: 'agents',
      busy: 'open_chats',
      standby: 'agents',
    });
    for (const id of ['general', 'staffed', 'busy']) {
      await expectError(await api('DELETE', `/api/admin/departments/${id}`), 409, 'conflict');
    }
    expect((await api('DELETE', '/api/admin/departments/mistake')).status).toBe(204);
    await expectError(await api('DELETE', '/api/admin/departments/mistake'), 404, 'not_found');
    expect((await departments()).map((d) => d.id)).not.toContain('mistake');
  });

  it('keep the departments past chats belong to', async () => {
    await create('old', '旧部门', 'Old');
    await server.store.departments.setDefault('old');
    await onlineElsewhere(server);
    const { tab, conversationId } = await visitorAsking(server);
    tab.close();
    await server.store.departments.setDefault('general');
    await server.store.conversations.transition(
      conversationId,
      { status: 'queued' },
      { status: 'closed', closedAt: server.clock.now().toISOString() },
      null,
    );
    const message = await expectError(
      await api('DELETE', '/api/admin/departments/old'),
      409,
      'conflict',
    );
    expect(message).toContain('rename it instead');
    expect((await departments()).find((d) => d.id === 'old')?.blockedBy).toBe('records');
  });
});

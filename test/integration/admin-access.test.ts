import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentAdmin, DepartmentAdmin, WidgetSettingsView } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson, NEW_AGENT } from '../helpers/admin-api.ts';
import { addAgent } from '../helpers/console-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let admin: string;
let agent: string;

beforeAll(async () => {
  server = await startServer();
  const account = { email: 'mei@shop.example', password: 'mei-password-1' };
  await addAgent(server, { id: 'agent-mei', name: 'Mei Lin', ...account });
  admin = await signIn(server.url);
  agent = await signIn(server.url, account);
});
afterAll(() => server.close());

const widget = {
  color: '#c2410c',
  greeting: { 'zh-CN': '你好', en: 'Hi' },
  handoffPhrases: ['人工'],
  embed: { anySite: true, origins: [] },
};

/** Every admin endpoint, with a body that would pass its schema. */
const ENDPOINTS: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/admin/agents'],
  ['POST', '/api/admin/agents', { ...NEW_AGENT, email: 'sneaky@shop.example' }],
  [
    'PUT',
    '/api/admin/agents/agent-mei',
    { ...NEW_AGENT, email: 'mei@shop.example', role: 'admin' },
  ],
  ['POST', '/api/admin/agents/agent-mei/password', { password: 'taken-over-1' }],
  ['POST', '/api/admin/agents/agent-mei/deactivate', {}],
  ['POST', '/api/admin/agents/agent-mei/reactivate', {}],
  ['GET', '/api/admin/departments'],
  ['POST', '/api/admin/departments', { id: 'sneaky', nameZh: '偷偷', nameEn: 'Sneaky' }],
  ['PUT', '/api/admin/departments/general', { nameZh: '改名', nameEn: 'Renamed' }],
  ['POST', '/api/admin/departments/general/default', {}],
  ['DELETE', '/api/admin/departments/general'],
  ['GET', '/api/admin/widget'],
  ['PUT', '/api/admin/widget', widget],
];

/** What the admin sees, to show that a refused request changed nothing. */
async function everything() {
  const api = adminApi(server, admin);
  const agents = await expectJson<{ agents: AgentAdmin[] }>(
    await api('GET', '/api/admin/agents'),
    200,
  );
  const departments = await expectJson<{ departments: DepartmentAdmin[] }>(
    await api('GET', '/api/admin/departments'),
    200,
  );
  const settings = await expectJson<WidgetSettingsView>(await api('GET', '/api/admin/widget'), 200);
  return { agents, departments, settings };
}

describe('the admin API', () => {
  it('refuses signed-out requests with 401 and agents with 403, changing nothing', async () => {
    const before = await everything();
    for (const [method, path, body] of ENDPOINTS) {
      await expectError(await adminApi(server, null)(method, path, body), 401, 'unauthorized');
      await expectError(await adminApi(server, agent)(method, path, body), 403, 'forbidden');
    }
    expect(await everything()).toEqual(before);
    // The agent's own sign-in still works: nobody changed their password or deactivated them.
    expect(
      await signIn(server.url, { email: 'mei@shop.example', password: 'mei-password-1' }),
    ).toMatch(/^kefu_session=/);
  });

  it('refuses writes that are not JSON or come from another site, even from an admin', async () => {
    const form = await fetch(`${server.url}/api/admin/departments`, {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'id=evil&nameZh=x&nameEn=x',
    });
    await expectError(form, 403, 'forbidden');
    const crossSite = await fetch(`${server.url}/api/admin/departments`, {
      method: 'POST',
      headers: {
        cookie: admin,
        'content-type': 'application/json',
        origin: 'https://evil.example',
      },
      body: JSON.stringify({ id: 'evil', nameZh: '坏', nameEn: 'Evil' }),
    });
    await expectError(crossSite, 403, 'forbidden');
    const { departments } = await everything();
    expect(departments.departments.map((d) => d.id)).toEqual(['general']);
  });

  it('is never cached', async () => {
    const res = await adminApi(server, admin)('GET', '/api/admin/agents');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

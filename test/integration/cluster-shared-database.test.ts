import { afterEach, describe, expect, it } from 'vitest';
import type { PageHelpView } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { PNG, visitorDownload, visitorUpload } from '../helpers/attachments.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { createSession } from '../helpers/visitor-client.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0).reverse()) await s.close();
});

const RULE = {
  pattern: '/checkout*',
  greeting: { 'zh-CN': '结账遇到问题了吗？', en: 'Trouble at checkout?' },
  faqIds: [],
  bubble: null,
  open: false,
};

/** Two nodes on one PostgreSQL schema, without the Redis link: nothing reaches the second but the database. */
async function twoNodes(): Promise<[TestServer, TestServer]> {
  const first = await startServer();
  servers.push(first);
  const second = await startServer({ env: { KEFU_DATABASE_URL: first.databaseUrl ?? '' } });
  servers.push(second);
  return [first, second];
}

describe('two nodes on one database', () => {
  it('serves a file one node received through the other', async () => {
    const [first, second] = await twoNodes();
    const { token } = await createSession(first.url, 'en');
    const res = await visitorUpload(first.url, token, PNG, { name: 'broken cup.png' });
    expect(res.status).toBe(201);
    const { message } = (await res.json()) as { message: { id: string } };

    const download = await visitorDownload(second.url, token, message.id);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
  });

  it('refuses a page help save made on a version the other node replaced, instead of writing over it', async () => {
    // The second node's memory keeps the lists as they were when it started.
    const [first, second] = await twoNodes();
    const onFirst = adminApi(first, await signIn(first.url));
    const onSecond = adminApi(second, await signIn(second.url));

    const saved = await expectJson<PageHelpView>(
      await onFirst('PUT', '/api/admin/page-help/rules', { version: 0, rules: [RULE] }),
      200,
    );
    expect(saved.rulesVersion).toBe(1);

    const stale = { version: 0, rules: [{ ...RULE, pattern: '/cart*' }] };
    await expectError(await onSecond('PUT', '/api/admin/page-help/rules', stale), 409, 'conflict');
    const kept = await expectJson<PageHelpView>(await onSecond('GET', '/api/admin/page-help'), 200);
    expect(kept.rules.map((r) => r.pattern)).toEqual(['/checkout*']);
    expect(kept.rulesVersion).toBe(1);
  });
});

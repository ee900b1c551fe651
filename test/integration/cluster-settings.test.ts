import { afterEach, describe, expect, it } from 'vitest';
import type { PageHelpView } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

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

describe('two nodes on one database, the second not told of the first one’s save', () => {
  it('refuses a page help save made on an old version instead of writing over the newer one', async () => {
    const first = await startServer();
    servers.push(first);
    // No Redis link: the second node's memory keeps the lists as they were when it started.
    const second = await startServer({ env: { KEFU_DATABASE_URL: first.databaseUrl ?? '' } });
    servers.push(second);
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import { addAgent } from '../helpers/console-api.ts';
import { askBot, editable, FaqApi, POINTS } from '../helpers/faq-admin.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let admin: FaqApi;
let agent: FaqApi;
let loggedOut: FaqApi;

beforeAll(async () => {
  server = await startServer();
  const account = { email: 'mei@shop.example', password: 'mei-password-1' };
  await addAgent(server, { id: 'agent-mei', name: 'Mei Lin', ...account });
  admin = new FaqApi(server.url, await signIn(server.url));
  agent = new FaqApi(server.url, await signIn(server.url, account));
  loggedOut = new FaqApi(server.url, null);
});
afterAll(() => server.close());

/** Every FAQ admin route, with a body it would accept. */
const ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/faq'],
  ['GET', '/api/faq/return.zh'],
  ['POST', '/api/faq', POINTS],
  ['PUT', '/api/faq/return.zh', { ...POINTS, version: 1 }],
  ['DELETE', '/api/faq/return.zh'],
  ['POST', '/api/faq/return.zh/restore', { revisionId: 1 }],
  ['POST', '/api/faq/test', { question: '我想退货' }],
];

describe('FAQ administration: who may', () => {
  it('refuses agents every read and change: the knowledge base is the admin’s', async () => {
    for (const [method, path, body] of ROUTES) {
      const res = await agent.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await admin.detail('return.zh')).entry.version).toBe(1);
    expect((await askBot(server.url, '我想退货')).faqId).toBe('return.zh');
  });

  it('refuses requests without a session', async () => {
    for (const [method, path, body] of ROUTES) {
      const res = await loggedOut.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect((await admin.list()).total).toBe(7);
  });

  it('is never cached by the browser', async () => {
    const res = await admin.request('GET', '/api/faq');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('FAQ administration: editing', () => {
  it('creates an entry with a server-made id, as the admin, with a first revision', async () => {
    const entry = await admin.create({ ...POINTS, similar: [' 积分能换什么 '], department: ' ' });
    expect(entry).toMatchObject({
      ...POINTS,
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      department: null,
      version: 1,
      updatedByName: 'Admin',
      stats: { hits: 0, helpful: 0, unhelpful: 0, handoffsAfter: 0 },
    });
    const { revisions } = await admin.detail(entry.id);
    expect(revisions).toEqual([
      {
        id: expect.any(Number),
        entryId: entry.id,
        version: 1,
        action: 'created',
        entry: { id: entry.id, ...editable(entry) },
        agentId: expect.any(String),
        agentName: 'Admin',
        at: server.clock.now().toISOString(),
      },
    ]);
    await admin.remove(entry.id);
  });

  it('refuses a save over a colleague’s: 409, and their text stays', async () => {
    const opened = (await admin.detail('refund-time.zh')).entry;
    const saved = await admin.update(opened, { answer: '退款 1 个工作日内到账。' });
    expect(saved.version).toBe(opened.version + 1);

    const res = await admin.request('PUT', '/api/faq/refund-time.zh', {
      ...editable(opened),
      answer: '我的旧编辑',
      version: opened.version,
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      error: { code: 'conflict', message: expect.stringMatching(/someone else saved/i) },
    });
    const now = await admin.detail('refund-time.zh');
    expect(now.entry).toMatchObject({ answer: '退款 1 个工作日内到账。', version: saved.version });
    expect(now.revisions).toHaveLength(2);
    expect((await askBot(server.url, '退款多久到账？')).body).toBe('退款 1 个工作日内到账。');
  });

  it('keeps a history of who changed what and when, newest first', async () => {
    const created = await admin.create({ ...POINTS, question: '积分会过期吗？', status: 'draft' });
    server.clock.advance(60_000);
    const published = await admin.update(created, { status: 'published' });
    server.clock.advance(60_000);
    // A deleted entry reads as gone; the editor still holds the history it showed.
    const [, first] = (await admin.detail(created.id)).revisions;
    await admin.remove(created.id);
    expect((await admin.request('GET', `/api/faq/${created.id}`)).status).toBe(404);
    server.clock.advance(60_000);
    const restored = await admin.restore(created.id, first!.id);
    expect(restored).toMatchObject({ status: 'draft', version: 4 });

    const { revisions } = await admin.detail(created.id);
    expect(revisions.map((r) => [r.action, r.version, r.agentName, r.entry.status])).toEqual([
      ['restored', 4, 'Admin', 'draft'],
      ['deleted', 3, 'Admin', 'published'],
      ['updated', 2, 'Admin', 'published'],
      ['created', 1, 'Admin', 'draft'],
    ]);
    expect(revisions.map((r) => r.at)).toEqual([...revisions.map((r) => r.at)].sort().reverse());
    expect(published.updatedAt).toBe(revisions[2]?.at);
  });

  it('tells what is wrong with a bad edit, and when there is nothing to edit', async () => {
    const empty = await admin.request('POST', '/api/faq', { ...POINTS, answer: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { code: 'invalid_input', message: 'answer: the answer is empty' },
    });
    const noVersion = await admin.request('PUT', '/api/faq/return.zh', POINTS);
    expect(noVersion.status).toBe(400);
    const badQuery = await admin.request('GET', '/api/faq?sort=random');
    expect(badQuery.status).toBe(400);

    for (const [method, path, body] of [
      ['GET', '/api/faq/nope'],
      ['PUT', '/api/faq/nope', { ...POINTS, version: 1 }],
      ['DELETE', '/api/faq/nope'],
      ['POST', '/api/faq/nope/restore', { revisionId: 1 }],
    ] as const) {
      const res = await admin.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
  });

  it('takes a long answer with many similar questions', async () => {
    const similar = Array.from({ length: 200 }, (_, i) => `积分第 ${i} 种问法`.padEnd(250, '积'));
    const entry = await admin.create({ ...POINTS, similar, answer: '长'.repeat(10_000) });
    expect(entry.similar).toHaveLength(200);
    await admin.remove(entry.id);
  });
});

describe('FAQ administration: test a question', () => {
  it('shows the tokens, the best matches with scores and fields, and the decision', async () => {
    const result = await admin.test('我想退货');
    expect(result.decision).toBe('answer');
    expect(result.tokens).toContain('退货');
    expect(result.candidates[0]).toMatchObject({
      id: 'return.zh',
      question: '怎么申请退货？',
      matchedField: 'similar',
      matchedText: '我想退货',
      confidence: expect.any(Number),
      score: expect.any(Number),
    });
    expect(result.candidates.length).toBeLessThanOrEqual(5);
    expect((await admin.test('火星上的天气怎么样')).decision).toBe('none');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  getTranscripts,
  listTranscripts,
  PAGE_URL,
  transcriptScene,
  type TranscriptScene,
} from '../helpers/transcripts.ts';

let server: TestServer;
let scene: TranscriptScene;

beforeAll(async () => {
  server = await startServer();
  scene = await transcriptScene(server);
});
afterAll(async () => {
  scene.ann.close();
  scene.visitor.close();
  scene.botVisitor.close();
  await server.close();
});

const ids = async (query: Record<string, string>, cookie = scene.admin) =>
  (await listTranscripts(server, cookie, query)).rows.map((r) => r.id);

describe('transcript search', () => {
  it('lists every conversation newest first, with what the list shows', async () => {
    const list = await listTranscripts(server, scene.admin);
    expect(list).toMatchObject({ total: 2, capped: false, page: 1, pageSize: 20 });
    expect(list.rows.map((r) => r.id)).toEqual([scene.botOnly, scene.handled]);
    expect(list.rows[1]).toMatchObject({
      lang: 'zh-CN',
      status: 'closed',
      departmentId: 'general',
      agentId: 'ann',
      agentName: 'Ann',
      handledBy: 'person',
      closeType: 'complaint',
      closeTags: ['退货', 'vip'],
      closeSummary: 'Wrong address on a return',
      rating: 5,
      ratingComment: '很好',
      visitorMessages: 2,
      firstQuestion: '我想退货，地址写错了',
      pageUrl: PAGE_URL,
      match: null,
    });
    expect(list.rows[1]?.visitorCode).toMatch(/^[0-9A-F]{4}$/);
    expect(list.rows[0]).toMatchObject({ handledBy: 'bot', closeType: null, agentName: null });
  });

  it('finds Chinese words inside sentences, and English words by their beginning', async () => {
    const found = await listTranscripts(server, scene.admin, { q: '退货' });
    expect(found.rows.map((r) => r.id)).toEqual([scene.handled]);
    expect(found.rows[0]?.match).toMatchObject({ author: 'visitor', body: '我想退货，地址写错了' });

    expect(await ids({ q: '地址' })).toEqual([scene.handled]);
    expect(await ids({ q: '退貨' })).toEqual([scene.handled]);
    expect(await ids({ q: '退' })).toEqual([scene.handled]);
    expect(await ids({ q: 'REFU' })).toEqual([scene.handled]);
    expect(await ids({ q: 'passw' })).toEqual([scene.botOnly]);
    // The words must stand together as typed: a comma separates 退货 and 地址 in the message.
    expect(await ids({ q: '退货地址' })).toEqual([]);
    expect(await ids({ q: '退货 地址' })).toEqual([scene.handled]);
    expect(await ids({ q: '"退货" OR password*' })).toEqual([]);
    expect(await ids({ q: '？！' })).toEqual([]);
  });

  it('finds what the agent wrote, and reports the newest matching message', async () => {
    const found = await listTranscripts(server, scene.admin, { q: 'order number' });
    expect(found.rows.map((r) => r.id)).toEqual([scene.handled]);
    expect(found.rows[0]?.match).toMatchObject({ author: 'agent' });
  });

  it('narrows by each filter', async () => {
    expect(await ids({ type: 'complaint' })).toEqual([scene.handled]);
    expect(await ids({ type: 'consultation' })).toEqual([]);
    expect(await ids({ type: 'unclassified' })).toEqual([scene.botOnly]);
    expect(await ids({ tag: 'vip' })).toEqual([scene.handled]);
    expect(await ids({ tag: 'vi' })).toEqual([]);
    expect(await ids({ rating: '5' })).toEqual([scene.handled]);
    expect(await ids({ rating: '4' })).toEqual([]);
    expect(await ids({ pageUrl: 'orders/42' })).toEqual([scene.handled]);
    expect(await ids({ pageUrl: 'orders/4%' })).toEqual([]);
    expect(await ids({ handledBy: 'bot' })).toEqual([scene.botOnly]);
    expect(await ids({ handledBy: 'person' })).toEqual([scene.handled]);
    expect(await ids({ departmentId: 'general' })).toEqual([scene.handled]);
    expect(await ids({ departmentId: 'billing' })).toEqual([]);
    expect(await ids({ agentId: 'ann' })).toEqual([scene.handled]);
    expect(await ids({ agentId: 'bob' })).toEqual([]);
    expect(await ids({ q: '退货', rating: '4' })).toEqual([]);
  });

  it('reads dates as days in the desk’s time zone, both ends included', async () => {
    // The test clock reads 2025-03-01 08:00 UTC: 16:00 the same day in Asia/Shanghai.
    expect(await ids({ from: '2025-03-01', to: '2025-03-01' })).toHaveLength(2);
    expect(await ids({ to: '2025-02-28' })).toEqual([]);
    expect(await ids({ from: '2025-03-02' })).toEqual([]);
    expect(await ids({ q: '退货', from: '2025-03-01', to: '2025-03-01' })).toEqual([scene.handled]);
  });

  it('pages the results', async () => {
    const second = await listTranscripts(server, scene.admin, { pageSize: '1', page: '2' });
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.rows.map((r) => r.id)).toEqual([scene.handled]);
  });

  it('shows an agent their departments’ and their own transcripts only', async () => {
    const annCookie = await signIn(server.url, {
      email: 'ann@kefu.local',
      password: 'ann-password',
    });
    expect(await ids({}, annCookie)).toEqual([scene.handled]);
    expect(await ids({ q: '退货' }, scene.bob)).toEqual([]);
    expect((await listTranscripts(server, scene.bob)).total).toBe(0);

    const forbidden = await getTranscripts(server, scene.bob, `/${scene.handled}`);
    const unknown = await getTranscripts(server, scene.bob, '/no-such-conversation');
    expect(forbidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await forbidden.json()).toEqual(await unknown.json());
    expect(
      (await getTranscripts(server, scene.bob, `/${scene.handled}/transcript.txt`)).status,
    ).toBe(404);
  });

  it('opens a closed transcript with its messages and notes', async () => {
    const res = await getTranscripts(server, scene.admin, `/${scene.handled}`);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.conversation).toMatchObject({ id: scene.handled, status: 'closed', rating: 5 });
    expect(view.messages[0]).toMatchObject({ author: 'visitor', body: '我想退货，地址写错了' });
    expect(view.notes.map((n: { body: string }) => n.body)).toEqual(['VIP customer']);
  });

  it('refuses a bad query with the reason, and strangers', async () => {
    const bad = await getTranscripts(server, scene.admin, '?rating=9');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', message: /rating/ } });
    const backwards = await getTranscripts(server, scene.admin, '?from=2025-03-02&to=2025-03-01');
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({
      error: { message: 'the range ends before it starts' },
    });
    expect((await getTranscripts(server, scene.admin, '?sort=old')).status).toBe(400);
    expect((await getTranscripts(server, '', '')).status).toBe(401);
  });
});

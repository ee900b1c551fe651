import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GapList, LeftMessage } from '../../protocol/index.ts';
import { AGENT_OFFLINE_GRACE_MS } from '../../server/services/agents/presence.ts';
import { RETENTION_FIRST_RUN_MS } from '../../server/services/data-care/retention-job.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { signIn, type ConsoleTab } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { auditEntries, closedChat, leaveMessageAs, saveRetention } from '../helpers/data-care.ts';
import { agentAtDesk } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { getTranscripts, listTranscripts } from '../helpers/transcripts.ts';
import { newVisitor, unwrap } from '../helpers/visitor-client.ts';

const DAY_MS = 86_400_000;

let server: TestServer;
let admin: string;
let ann: ConsoleTab;

beforeEach(async () => {
  server = await startServer();
  admin = await signIn(server.url);
  ann = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
});
afterEach(async () => {
  ann.close();
  await server.close();
});

const found = async (q: string) =>
  (await listTranscripts(server, admin, { q })).rows.map((r) => r.id);

async function get<T>(path: string): Promise<T> {
  const res = await consoleRequest(server.url, 'GET', path, admin);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** An old chat of a visitor who also rated the bot's answer 👎 and left a message, then left. */
async function oldVisitor() {
  const old = await closedChat(server, ann, 'ann', '怎么申请退货？');
  const answer = old.tab.created.find((m) => m.kind === 'answer');
  if (!answer) throw new Error('the bot did not answer the return question');
  unwrap(await old.tab.rate(answer.id, false));
  await leaveMessageAs(server, old.visitorId, 'Please call me about order 7788');
  old.tab.close();
  return old;
}

describe('retention', () => {
  it('deletes, once a day, closed chats older than the months set, with all that hangs off them', async () => {
    const old = await oldVisitor();
    await saveRetention(server, admin, { enabled: true, months: 1 });

    // Day 20: the old chat closed 20 days ago, within the month kept; the pass deletes nothing.
    // Consoles left alone that long are signed out: Ann leaves, Bea and the admin sign in.
    ann.close();
    await vi.waitFor(async () => {
      server.clock.advance(AGENT_OFFLINE_GRACE_MS);
      expect(await server.store.agents.getStatus('ann')).toMatchObject({ status: 'offline' });
    });
    server.clock.advance(20 * DAY_MS);
    admin = await signIn(server.url);
    await vi.waitFor(async () => expect(await auditEntries(server, admin)).toHaveLength(1));
    const [first] = await auditEntries(server, admin);
    expect(first).toMatchObject({
      action: 'retention.run',
      agent: null,
      details: {
        months: 1,
        cutoff: expect.stringMatching(/^2025-02-21T08:/),
        conversations: 0,
        messages: 0,
      },
    });
    const bea = await agentAtDesk(server, { id: 'bea', name: 'Bea' });
    const recent = await closedChat(server, bea, 'bea', '发票什么时候开？');
    bea.close();
    await catchUpSearchIndex({ store: server.store });
    expect(await found('退货')).toEqual([old.conversationId]);

    // Day 40: the next daily pass; the old chat closed more than a month ago now.
    server.clock.advance(20 * DAY_MS);
    admin = await signIn(server.url);
    await vi.waitFor(async () => expect(await auditEntries(server, admin)).toHaveLength(2));
    const [second] = await auditEntries(server, admin);
    expect(second).toMatchObject({
      action: 'retention.run',
      agent: null,
      details: {
        months: 1,
        cutoff: expect.stringMatching(/^2025-03-10T08:/),
        complete: true,
        conversations: 1,
        notes: 1,
        feedback: 1,
        leftMessages: 1,
        visitors: 1,
      },
    });
    expect(second!.details.messages).toBeGreaterThanOrEqual(4);
    expect(second!.details.events).toBeGreaterThanOrEqual(3);
    expect(second!.details.gaps).toBeGreaterThanOrEqual(1);

    const rows = (await listTranscripts(server, admin)).rows;
    expect(rows.map((r) => r.id)).toEqual([recent.conversationId]);
    expect((await getTranscripts(server, admin, `/${old.conversationId}`)).status).toBe(404);
    expect(await found('退货')).toEqual([]);
    expect(await found('发票')).toEqual([recent.conversationId]);
    const left = await get<{ leftMessages: LeftMessage[] }>('/api/left-messages?status=open');
    expect(left.leftMessages).toEqual([]);
    const gaps = await get<GapList>('/api/faq/gaps');
    const asked = gaps.groups.flatMap((g) => g.questions.map((q) => q.text));
    expect(asked).not.toContain('怎么申请退货？');
    recent.tab.close();
  });

  it('also deletes chats left with the bot and untouched for longer than the months set', async () => {
    const quiet = await newVisitor(server.url, 'zh-CN');
    await quiet.tab.send('怎么申请退货？');
    quiet.tab.close();
    await saveRetention(server, admin, { enabled: true, months: 1 });
    server.clock.advance(20 * DAY_MS);
    const lately = await newVisitor(server.url, 'zh-CN');
    await lately.tab.send('发票什么时候开？');
    lately.tab.close();

    server.clock.advance(20 * DAY_MS);
    admin = await signIn(server.url);
    await vi.waitFor(async () => {
      const [latest] = await auditEntries(server, admin);
      expect(latest?.details).toMatchObject({ conversations: 1, visitors: 1 });
    });
    const rows = (await listTranscripts(server, admin)).rows;
    expect(rows.map((r) => r.visitorId)).toEqual([lately.session.visitorId]);
  });

  it('deletes nothing while off, the default, nor after being switched off again', async () => {
    const old = await oldVisitor();
    server.clock.advance(400 * DAY_MS);
    admin = await signIn(server.url);
    await saveRetention(server, admin, { enabled: true, months: 1 });
    await saveRetention(server, admin, { enabled: false, months: 1 });
    server.clock.advance(RETENTION_FIRST_RUN_MS + 2 * DAY_MS);
    admin = await signIn(server.url);

    const rows = (await listTranscripts(server, admin)).rows;
    expect(rows.map((r) => r.id)).toEqual([old.conversationId]);
    expect(await auditEntries(server, admin)).toEqual([]);
  });

  it('is set by admins only, from 1 to 120 whole months', async () => {
    const agent = await signIn(server.url, { email: 'ann@kefu.local', password: 'ann-password' });
    const settings = await get<Record<string, unknown>>('/api/settings');
    const put = (cookie: string, months: number) =>
      consoleRequest(server.url, 'PUT', '/api/settings', cookie, {
        ...settings,
        retention: { enabled: true, months },
      });
    expect((await put(agent, 12)).status).toBe(403);
    for (const months of [0, 121, 1.5]) expect((await put(admin, months)).status).toBe(400);
    expect(await get('/api/settings')).toMatchObject({ retention: { enabled: false, months: 24 } });
    expect((await put(admin, 12)).status).toBe(200);
    expect(await get('/api/settings')).toMatchObject({ retention: { enabled: true, months: 12 } });
  });
});

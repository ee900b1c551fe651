import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  LeftMessage,
  MonthlyReport,
  TicketDetail,
  VisitorErased,
} from '../../protocol/index.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { expectError, expectJson } from '../helpers/admin-api.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { auditEntries, leaveMessageAs } from '../helpers/data-care.ts';
import { heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  getTranscripts,
  listTranscripts,
  transcriptScene,
  type TranscriptScene,
} from '../helpers/transcripts.ts';
import { newVisitor, VisitorTab } from '../helpers/visitor-client.ts';

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

const erase = (visitorId: string, cookie: string | null = scene.admin) =>
  consoleRequest(server.url, 'DELETE', `/api/admin/visitors/${visitorId}`, cookie);

async function get<T>(path: string): Promise<T> {
  return expectJson<T>(await consoleRequest(server.url, 'GET', path, scene.admin), 200);
}

const found = async (q: string) =>
  (await listTranscripts(server, scene.admin, { q })).rows.map((r) => r.id);

/** The visitor of the chat Ann handled (closed, rated, with a note). */
async function handledVisitor(): Promise<string> {
  const rows = (await listTranscripts(server, scene.admin)).rows;
  const row = rows.find((r) => r.id === scene.handled);
  if (!row) throw new Error('the handled chat is not listed');
  return row.visitorId;
}

describe('deleting everything about a visitor', () => {
  it('is refused to agents and to the signed out, and deletes nothing then', async () => {
    const visitorId = await handledVisitor();
    await expectError(await erase(visitorId, scene.bob), 403, 'forbidden');
    await expectError(await erase(visitorId, null), 401, 'unauthorized');
    await expectError(
      await consoleRequest(server.url, 'GET', '/api/admin/audit', scene.bob),
      403,
      'forbidden',
    );
    expect(await found('退货')).toEqual([scene.handled]);
  });

  it('says clearly when there is no such visitor', async () => {
    const message = await expectError(await erase('no-such-visitor'), 404, 'not_found');
    expect(message).toContain('no-such-visitor');
    expect(await auditEntries(server, scene.admin)).toEqual([]);
  });

  it('removes their chats from transcripts, search, the report and left messages, ends their tab and logs who did it', async () => {
    const visitorId = await handledVisitor();
    const leftId = await leaveMessageAs(server, visitorId, 'Call me back about order 7788');
    const { ticket } = await expectJson<TicketDetail>(
      await consoleRequest(server.url, 'POST', '/api/tickets/from-left-message', scene.admin, {
        leftMessageId: leftId,
        type: 'request',
      }),
      201,
    );
    const before = await get<MonthlyReport>('/api/reports?month=2025-03');
    expect(before.headline).toMatchObject({ conversations: 2, visitors: 2, ratings: 1 });

    const body = await expectJson<VisitorErased>(await erase(visitorId), 200);
    expect(body).toMatchObject({
      visitorId,
      // Two 工单: the complaint Ann closed the chat as, and the one made of the left message.
      deleted: { visitors: 1, conversations: 1, notes: 1, leftMessages: 1, tickets: 2 },
    });
    expect(body.deleted.messages).toBeGreaterThanOrEqual(4);

    await vi.waitFor(() => expect(scene.visitor.socket.connected).toBe(false));
    const rows = (await listTranscripts(server, scene.admin)).rows;
    expect(rows.map((r) => r.visitorId)).not.toContain(visitorId);
    expect((await getTranscripts(server, scene.admin, `/${scene.handled}`)).status).toBe(404);
    expect(await found('退货')).toEqual([]);
    expect(await found('refund')).toEqual([]);
    const after = await get<MonthlyReport>('/api/reports?month=2025-03');
    expect(after.headline).toMatchObject({ conversations: 1, visitors: 1, ratings: 0 });
    const left = await get<{ leftMessages: LeftMessage[] }>('/api/left-messages?status=open');
    expect(left.leftMessages.map((l) => l.visitorId)).not.toContain(visitorId);
    await expectError(
      await consoleRequest(server.url, 'GET', `/api/tickets/${ticket.id}`, scene.admin),
      404,
      'not_found',
    );

    const [entry] = await auditEntries(server, scene.admin);
    expect(entry).toMatchObject({
      action: 'visitor.erased',
      agent: { name: expect.any(String) },
      target: visitorId,
      details: body.deleted,
    });
    await expectError(await erase(visitorId), 404, 'not_found');
  });

  it('refuses their token afterwards, and their words are not found in a later chat', async () => {
    const { session, tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('我的手机号是 13800001111');
    await catchUpSearchIndex({ store: server.store });
    expect(await found('13800001111')).toHaveLength(1);

    await expectJson(await erase(session.visitorId), 200);
    await vi.waitFor(() => expect(tab.socket.connected).toBe(false));
    await expect(VisitorTab.open(server.url, session)).rejects.toThrow('unauthorized');

    // The next messages may take the deleted ones' places in storage: they are indexed, and
    // nothing of the deleted visitor's words points at them.
    const { tab: next } = await newVisitor(server.url, 'zh-CN');
    const { conversationId } = await next.send('发票抬头写错了');
    await catchUpSearchIndex({ store: server.store });
    expect(await found('发票')).toEqual([conversationId]);
    expect(await found('13800001111')).toEqual([]);
    next.close();
  });

  it('waits while an agent is chatting with them', async () => {
    const { tab, conversationId } = await visitorAsking(server, 'Where is my parcel?');
    await heldBy(server, conversationId, 'ann');
    const rows = (await listTranscripts(server, scene.admin)).rows;
    const visitorId = rows.find((r) => r.id === conversationId)?.visitorId ?? 'missing';
    const message = await expectError(await erase(visitorId), 409, 'conflict');
    expect(message).toMatch(/close/i);
    expect((await getTranscripts(server, scene.admin, `/${conversationId}`)).status).toBe(200);
    tab.close();
  });
});

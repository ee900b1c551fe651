import { vi, expect } from 'vitest';
import type { TranscriptList } from '../../protocol/index.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { signIn, type ConsoleTab } from './agent-client.ts';
import { addAgent, addDepartment, consoleRequest } from './console-api.ts';
import { agentAtDesk, heldBy } from './desk.ts';
import type { TestServer } from './server.ts';
import { newClientId, newVisitor, unwrap, type VisitorTab } from './visitor-client.ts';

export const PAGE_URL = 'https://shop.example/orders/42?from=mail';
export const AGENT_REPLY = 'Please send the order number <script>alert(1)</script>';

/** Ann (general) handled a Chinese and English return request; another visitor only met the bot. */
export interface TranscriptScene {
  ann: ConsoleTab;
  visitor: VisitorTab;
  botVisitor: VisitorTab;
  /** Handed off, answered by Ann, closed as a complaint tagged 退货 and vip, rated 5. */
  handled: string;
  /** Answered by the bot alone. */
  botOnly: string;
  admin: string;
  /** Bob works only the billing department. */
  bob: string;
}

export async function transcriptScene(server: TestServer): Promise<TranscriptScene> {
  const ann = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
  await addDepartment(server, { id: 'billing', nameZh: '账务', nameEn: 'Billing' });
  await addAgent(server, {
    id: 'bob',
    name: 'Bob',
    email: 'bob@kefu.local',
    password: 'bob-password',
    departments: ['billing'],
  });
  const { tab: visitor } = await newVisitor(server.url, 'zh-CN');
  const first = unwrap(
    await visitor.trySend({
      clientId: newClientId(),
      body: '我想退货，地址写错了',
      page: { url: PAGE_URL, title: '我的订单' },
    }),
  );
  const handled = first.conversationId;
  await visitor.send('Where is the refund form?');
  unwrap(await visitor.requestHandoff());
  await heldBy(server, handled, 'ann');
  server.clock.advance(5_000);
  unwrap(
    await ann.call('message.send', {
      conversationId: handled,
      clientId: newClientId(),
      body: AGENT_REPLY,
    }),
  );
  unwrap(
    await ann.call('note.add', {
      conversationId: handled,
      clientId: newClientId(),
      body: 'VIP customer',
    }),
  );
  unwrap(
    await ann.call('conversation.close', {
      conversationId: handled,
      type: 'complaint',
      departmentId: 'general',
      tags: ['退货', 'vip'],
      summary: 'Wrong address on a return',
    }),
  );
  await vi.waitFor(() => expect(visitor.state).toMatchObject({ canRate: true }));
  unwrap(
    await visitor.socket
      .timeout(5_000)
      .emitWithAck('rating.send', { conversationId: handled, score: 5, comment: '很好' }),
  );

  server.clock.advance(60_000);
  const { tab: botVisitor } = await newVisitor(server.url, 'en');
  const asked = await botVisitor.send('How do I reset my password?');
  await catchUpSearchIndex({ store: server.store });
  return {
    ann,
    visitor,
    botVisitor,
    handled,
    botOnly: asked.conversationId,
    admin: await signIn(server.url),
    bob: await signIn(server.url, { email: 'bob@kefu.local', password: 'bob-password' }),
  };
}

/** GET /api/transcripts with these query parameters, as `cookie`'s agent. */
export async function listTranscripts(
  server: TestServer,
  cookie: string,
  query: Record<string, string> = {},
): Promise<TranscriptList> {
  const res = await getTranscripts(server, cookie, `?${new URLSearchParams(query).toString()}`);
  expect(res.status).toBe(200);
  return (await res.json()) as TranscriptList;
}

export function getTranscripts(
  server: TestServer,
  cookie: string,
  path: string,
): Promise<Response> {
  return consoleRequest(server.url, 'GET', `/api/transcripts${path}`, cookie);
}

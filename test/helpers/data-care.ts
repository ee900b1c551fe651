import { expect } from 'vitest';
import type {
  AuditEntry,
  AuditList,
  DeskSettings,
  RetentionSettings,
} from '../../protocol/index.ts';
import { leftMessageSendSchema } from '../../protocol/schemas/visitor.ts';
import { leaveMessage } from '../../server/services/desk/left-messages.ts';
import type { ConsoleTab } from './agent-client.ts';
import { consoleRequest } from './console-api.ts';
import { heldBy } from './desk.ts';
import type { TestServer } from './server.ts';
import { newClientId, newVisitor, unwrap, type VisitorTab } from './visitor-client.ts';

/** Saves retention through PUT /api/settings as the admin's settings form does. */
export async function saveRetention(
  server: TestServer,
  admin: string,
  retention: RetentionSettings,
): Promise<void> {
  const get = await consoleRequest(server.url, 'GET', '/api/settings', admin);
  const settings = (await get.json()) as DeskSettings;
  const res = await consoleRequest(server.url, 'PUT', '/api/settings', admin, {
    ...settings,
    retention,
  });
  expect(res.status).toBe(200);
}

/** GET /api/admin/audit as the admin, newest first. */
export async function auditEntries(server: TestServer, admin: string): Promise<AuditEntry[]> {
  const res = await consoleRequest(server.url, 'GET', '/api/admin/audit', admin);
  expect(res.status).toBe(200);
  return ((await res.json()) as AuditList).entries;
}

/**
 * A visitor who asks, is handed to `agent`, gets an answer and a note, and whose chat the agent
 * closes; the visitor's tab stays open.
 */
export async function closedChat(
  server: TestServer,
  agent: ConsoleTab,
  agentId: string,
  question: string,
): Promise<{ tab: VisitorTab; conversationId: string; visitorId: string; token: string }> {
  const { session, tab } = await newVisitor(server.url, 'zh-CN');
  const { conversationId } = await tab.send(question);
  unwrap(await tab.requestHandoff());
  await heldBy(server, conversationId, agentId);
  const reply = `关于「${question}」，我们马上处理`;
  unwrap(
    await agent.call('message.send', { conversationId, clientId: newClientId(), body: reply }),
  );
  unwrap(await agent.call('note.add', { conversationId, clientId: newClientId(), body: '老客户' }));
  unwrap(
    await agent.call('conversation.close', {
      conversationId,
      type: 'consultation',
      departmentId: 'general',
      tags: [],
      summary: question,
    }),
  );
  return { tab, conversationId, visitorId: session.visitorId, token: session.token };
}

/** The leave-a-message form of a visitor, sent the way the socket handler sends it. */
export async function leaveMessageAs(
  server: TestServer,
  visitorId: string,
  body: string,
): Promise<string> {
  const input = leftMessageSendSchema.parse({
    clientId: newClientId(),
    name: 'Ada',
    contact: 'ada@example.com',
    body,
  });
  const receipt = await leaveMessage(
    { store: server.store, clock: server.clock },
    { visitorId, lang: 'en' },
    input,
  );
  return receipt.id;
}

import { vi, expect } from 'vitest';
import { addAgent, type TestAgent } from './console-api.ts';
import { ConsoleTab, signIn } from './agent-client.ts';
import type { TestServer } from './server.ts';
import { newVisitor, unwrap, type VisitorTab } from './visitor-client.ts';

/** An agent stored, signed in and with one console tab open (so online), ready to chat. */
export async function agentAtDesk(
  server: TestServer,
  agent: Partial<TestAgent> & { id: string },
): Promise<ConsoleTab> {
  const full: TestAgent = {
    name: agent.id.toUpperCase(),
    email: `${agent.id}@kefu.local`,
    password: `${agent.id}-password`,
    ...agent,
  };
  await addAgent(server, full);
  const cookie = await signIn(server.url, { email: full.email, password: full.password });
  const tab = await ConsoleTab.open(server.url, cookie);
  await vi.waitFor(() => expect(tab.status).toBe('online'));
  return tab;
}

/** A new visitor who wrote once and asked for a person; returns the tab and the conversation. */
export async function visitorAsking(
  server: TestServer,
  first = 'I have a question about my order',
): Promise<{ tab: VisitorTab; conversationId: string; token: string }> {
  const { session, tab } = await newVisitor(server.url, 'en');
  const sent = await tab.send(first);
  unwrap(await tab.requestHandoff());
  return { tab, conversationId: sent.conversationId, token: session.token };
}

/** Waits until the conversation is held by `agentId` and returns the stored row. */
export async function heldBy(server: TestServer, conversationId: string, agentId: string) {
  return vi.waitFor(async () => {
    const row = await server.store.conversations.get(conversationId);
    expect(row).toMatchObject({ status: 'active', agentId });
    return row!;
  });
}

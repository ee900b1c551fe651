import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { leaveMessageAs } from '../helpers/data-care.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor, type VisitorTab } from '../helpers/visitor-client.ts';

/**
 * On a shared database another node writes for a customer while an admin erases them: its
 * transaction holds a row that refers to them and commits only once the erase has to wait for it.
 * The erase must then take that row along, not fail on it.
 */
let server: TestServer;
let otherNode: pg.Client;
let tab: VisitorTab | undefined;

beforeEach(async () => {
  server = await startServer();
  otherNode = new pg.Client({ connectionString: server.databaseUrl ?? '' });
  await otherNode.connect();
});

afterEach(async () => {
  tab?.close();
  await otherNode.end();
  await server.close();
});

interface Customer {
  visitorId: string;
  conversationId: string;
  answerId: string;
}

/** A customer who asked the bot and got an answer. */
async function customer(): Promise<Customer> {
  const visitor = await newVisitor(server.url, 'zh-CN');
  tab = visitor.tab;
  const { conversationId } = await tab.send('我想退货');
  const answer = (await tab.sync(0)).find((m) => m.kind === 'answer');
  if (!answer) throw new Error('expected a bot answer');
  return { visitorId: visitor.session.visitorId, conversationId, answerId: answer.id };
}

/** A statement of the other node's. */
interface Write {
  text: string;
  values: unknown[];
}

/**
 * Runs `write` in the other node's transaction, starts `work`, commits once `work` waits for that
 * transaction, and returns what `work` gave.
 */
async function during<T>(write: Write, work: () => Promise<T>): Promise<T> {
  await otherNode.query('BEGIN');
  await otherNode.query(write.text, write.values);
  const { rows } = await otherNode.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const working = work();
  await vi.waitFor(async () => {
    const waiting = await otherNode.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))',
      [rows[0]?.pid],
    );
    expect(waiting.rows[0]?.n).toBeGreaterThan(0);
  });
  await otherNode.query('COMMIT');
  return working;
}

/** The admin erases the customer during `write`: the erase succeeds. */
async function eraseDuring(visitorId: string, write: Write): Promise<void> {
  const admin = await signIn(server.url);
  const path = `/api/admin/visitors/${visitorId}`;
  const erased = await during(write, () => consoleRequest(server.url, 'DELETE', path, admin));
  expect(erased.status).toBe(200);
}

const NOW = '2026-11-27T08:00:00.000Z';

function insertMessage(conversationId: string, author: string, kind: string): Write {
  return {
    text: `INSERT INTO messages (id, conversation_id, seq, author, kind, body, created_at)
           VALUES ('message-from-the-other-node', $1, 1000, $2, $3, '还在吗', $4)`,
    values: [conversationId, author, kind, NOW],
  };
}

async function count(table: string, column: string, value: string): Promise<number> {
  const { rows } = await otherNode.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
    [value],
  );
  return rows[0]?.n ?? -1;
}

describe('erasing a customer while another node writes for them', () => {
  it('deletes the chat the other node opened for them meanwhile', async () => {
    const { visitorId, conversationId } = await customer();
    await otherNode.query("UPDATE conversations SET status = 'closed' WHERE id = $1", [
      conversationId,
    ]);
    await eraseDuring(visitorId, {
      text: `INSERT INTO conversations (id, visitor_id, status, lang, created_at, updated_at)
           VALUES ('chat-from-the-other-node', $1, 'bot', 'zh-CN', $2, $2)`,
      values: [visitorId, NOW],
    });
    expect(await count('conversations', 'visitor_id', visitorId)).toBe(0);
    expect(await count('visitors', 'id', visitorId)).toBe(0);
  });

  it('deletes the message the other node added to their chat meanwhile', async () => {
    const { visitorId, conversationId } = await customer();
    await eraseDuring(visitorId, insertMessage(conversationId, 'visitor', 'text'));
    expect(await count('messages', 'conversation_id', conversationId)).toBe(0);
  });

  it('deletes the rating of an answer the other node stored meanwhile', async () => {
    const { visitorId, answerId } = await customer();
    await eraseDuring(visitorId, {
      text: `INSERT INTO faq_feedback (message_id, faq_id, helpful, created_at, updated_at)
           VALUES ($1, 'returns', 1, $2, $2)`,
      values: [answerId, NOW],
    });
    expect(await count('faq_feedback', 'message_id', answerId)).toBe(0);
  });

  it('deletes their work order with the event the other node recorded on it meanwhile', async () => {
    const { visitorId } = await customer();
    const leftMessageId = await leaveMessageAs(server, visitorId, 'Where is my refund?');
    const admin = await signIn(server.url);
    const body = { leftMessageId, type: 'request' };
    const created = await consoleRequest(
      server.url,
      'POST',
      '/api/tickets/from-left-message',
      admin,
      body,
    );
    expect(created.status).toBe(201);
    const { ticket } = (await created.json()) as { ticket: { id: string } };
    await eraseDuring(visitorId, {
      text: `INSERT INTO ticket_events (ticket_id, kind, details, at) VALUES ($1, 'mailed', '{}', $2)`,
      values: [ticket.id, NOW],
    });
    expect(await count('ticket_events', 'ticket_id', ticket.id)).toBe(0);
    expect(await count('tickets', 'id', ticket.id)).toBe(0);
  });
});

describe('retention while another node writes to an old chat', () => {
  it('deletes the chat with the message the other node added meanwhile', async () => {
    const { conversationId } = await customer();
    await otherNode.query(
      "UPDATE conversations SET status = 'closed', closed_at = '2020-01-01T00:00:00.000Z' WHERE id = $1",
      [conversationId],
    );
    const deleted = await during(insertMessage(conversationId, 'agent', 'ticket_reply'), () =>
      server.store.dataCare.deleteEndedBefore('2021-01-01T00:00:00.000Z', 100),
    );
    expect(deleted.counts.conversations).toBe(1);
    expect(await count('messages', 'conversation_id', conversationId)).toBe(0);
  });
});

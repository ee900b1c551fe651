import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AGENT_NAMESPACE,
  VISITOR_NAMESPACE,
  type Ack,
  type AgentToServer,
  type VisitorToServer,
} from '../../protocol/index.ts';
import { ConsoleTab, connectAgent } from '../helpers/agent-client.ts';
import { startCast, type Cast, type Who } from '../helpers/authz.ts';
import { newClientId, newVisitor, unwrap, type VisitorTab } from '../helpers/visitor-client.ts';

type Caller = Extract<Who, 'otherDept' | 'agent' | 'admin'>;
/** Refused callers first, so the chat's holder (Mei) acts on it last. */
const CALLERS: Caller[] = ['otherDept', 'admin', 'agent'];
type AckCode = 'ok' | string;

interface AgentRow {
  payload: (cast: Cast) => object;
  expected: Record<Caller, AckCode>;
  note?: string;
}

const UNKNOWN = 'no-such-id-0000';
const ALL_OK: Record<Caller, AckCode> = { otherDept: 'ok', admin: 'ok', agent: 'ok' };
/** Every caller finds nothing: an unknown id reads like someone else's. */
const NOBODY = { otherDept: 'not_found', admin: 'not_found', agent: 'not_found' };
const on =
  (id: (cast: Cast) => string, rest: object = {}) =>
  (cast: Cast) => ({
    conversationId: id(cast),
    ...rest,
  });
const meis = (cast: Cast) => cast.conversationId;
const unknown = () => UNKNOWN;

/**
 * Every console event, per caller. Typed by the protocol's event map, so an event without rows
 * does not compile, and the first test compares it with the handlers the server registers.
 */
const AGENT_EVENTS: Record<keyof AgentToServer, AgentRow[]> = {
  'status.set': [{ payload: () => ({ status: 'online' }), expected: ALL_OK }],
  'queue.list': [{ payload: () => ({}), expected: ALL_OK }],
  'chat.list': [{ payload: () => ({}), expected: ALL_OK }],
  'directory.get': [{ payload: () => ({}), expected: ALL_OK }],
  'conversation.open': [
    { payload: on(meis), expected: { otherDept: 'not_found', admin: 'ok', agent: 'ok' } },
    { payload: on(unknown), expected: NOBODY, note: 'unknown' },
  ],
  'conversation.take': [
    // Already Mei's: her colleagues hear it is taken; Sales never hears of it.
    {
      payload: on(meis),
      expected: { otherDept: 'not_found', admin: 'conflict', agent: 'conflict' },
    },
    { payload: on(unknown), expected: NOBODY, note: 'unknown' },
  ],
  'conversation.read': [
    {
      payload: on(meis, { seq: 1 }),
      expected: { otherDept: 'not_found', admin: 'forbidden', agent: 'ok' },
    },
    { payload: on(unknown, { seq: 1 }), expected: NOBODY, note: 'unknown' },
  ],
  'message.send': [
    {
      payload: on(meis, { clientId: newClientId(), body: 'Hello' }),
      expected: { otherDept: 'not_found', admin: 'forbidden', agent: 'ok' },
    },
    {
      payload: on(unknown, { clientId: newClientId(), body: 'Hi' }),
      expected: NOBODY,
      note: 'unknown',
    },
  ],
  'note.add': [
    {
      payload: on(meis, { clientId: newClientId(), body: 'VIP' }),
      expected: { otherDept: 'not_found', admin: 'forbidden', agent: 'ok' },
    },
    {
      payload: on(unknown, { clientId: newClientId(), body: 'x' }),
      expected: NOBODY,
      note: 'unknown',
    },
  ],
  'typing.set': [
    {
      payload: on(meis, { typing: true }),
      expected: { otherDept: 'not_found', admin: 'forbidden', agent: 'ok' },
    },
    { payload: on(unknown, { typing: true }), expected: NOBODY, note: 'unknown' },
  ],
  // Mei hands her chat to the admin: from then on only the admin may close it.
  'conversation.transfer': [
    {
      payload: (cast) => ({ conversationId: cast.conversationId, agentId: cast.adminId }),
      expected: { otherDept: 'not_found', admin: 'forbidden', agent: 'ok' },
    },
    { payload: on(unknown, { departmentId: 'general' }), expected: NOBODY, note: 'unknown' },
  ],
  'conversation.close': [
    {
      payload: on(unknown, { type: 'consultation', departmentId: 'general' }),
      expected: NOBODY,
      note: 'unknown',
    },
    {
      payload: on(meis, { type: 'consultation', departmentId: 'general' }),
      expected: { otherDept: 'not_found', admin: 'ok', agent: 'forbidden' },
    },
  ],
};

let cast: Cast;
const tabs = {} as Record<Caller, ConsoleTab>;
beforeAll(async () => {
  cast = await startCast();
  for (const who of CALLERS) {
    tabs[who] = await ConsoleTab.open(cast.server.url, cast.cookies[who]!);
  }
});
afterAll(async () => {
  for (const tab of Object.values(tabs)) tab.close();
  await cast.close();
});

/** Socket.IO's own events: no client can send them. */
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'error']);

function code(ack: Ack<unknown>): AckCode {
  return ack.ok ? 'ok' : ack.error.code;
}

/** Names of the listeners the server put on a connected socket of the namespace. */
function registered(namespace: string): string[] {
  const [socket] = cast.server.app.io.of(namespace).sockets.values();
  if (!socket) throw new Error(`no socket on ${namespace}`);
  return socket
    .eventNames()
    .map(String)
    .filter((name) => !RESERVED.has(name))
    .sort();
}

describe('the console socket authorisation matrix', () => {
  it('has rows for every event the server handles', () => {
    expect(registered(AGENT_NAMESPACE)).toEqual(Object.keys(AGENT_EVENTS).sort());
  });

  it.each(['anon', 'expired', 'deactivated'] as const)(
    'refuses the handshake of the %s caller',
    async (who) => {
      const cookie = cast.cookies[who];
      await expect(connectAgent(cast.server.url, cookie ? { cookie } : {})).rejects.toThrow(
        'unauthorized',
      );
    },
  );

  const cases = Object.entries(AGENT_EVENTS).flatMap(([event, rows]) =>
    rows.map((row) => [`${event}${row.note ? ` (${row.note})` : ''}`, event, row] as const),
  );
  it.each(cases)('%s answers each caller as the table says', async (_name, event, row) => {
    const got: Partial<Record<Caller, AckCode>> = {};
    for (const who of CALLERS) {
      const ack = (await tabs[who].socket
        .timeout(5_000)
        .emitWithAck(event as keyof AgentToServer, row.payload(cast) as never)) as Ack<unknown>;
      got[who] = code(ack);
    }
    expect(got).toEqual(row.expected);
  });
});

interface VisitorRow {
  /** Sent by visitor B, naming A's things where the event takes an id. */
  payload: (a: { conversationId: string; answerId: string }) => object;
  expected: AckCode;
}

/** What visitor B gets when naming visitor A's conversation or messages. */
const VISITOR_EVENTS: Record<keyof VisitorToServer, VisitorRow> = {
  'message.send': { payload: () => ({ clientId: newClientId(), body: 'hello' }), expected: 'ok' },
  'conversation.sync': { payload: () => ({ afterSeq: 0 }), expected: 'ok' },
  'faq.suggest': { payload: () => ({ text: '退货' }), expected: 'ok' },
  'feedback.send': {
    payload: (a) => ({ messageId: a.answerId, helpful: false }),
    expected: 'not_found',
  },
  'handoff.request': { payload: () => ({ clientId: newClientId() }), expected: 'ok' },
  'availability.get': { payload: () => ({}), expected: 'ok' },
  'typing.set': { payload: () => ({ typing: true }), expected: 'ok' },
  'rating.send': {
    payload: (a) => ({ conversationId: a.conversationId, score: 1 }),
    expected: 'not_found',
  },
  'leftMessage.send': {
    payload: () => ({ clientId: newClientId(), name: 'B', contact: 'b@b.example', body: 'hi' }),
    expected: 'ok',
  },
  // Nothing of A's to name; the form is off here, so there is nothing to fill in (pre-chat.test).
  'preChat.send': {
    payload: () => ({ clientId: newClientId(), fields: {} }),
    expected: 'conflict',
  },
  // Unsigned, A's name is only B's own unverified claim: it merges nothing (visitor-identity.test).
  'visitor.identify': { payload: () => ({ id: 'customer-a', name: 'A' }), expected: 'ok' },
};

describe('visitor B against visitor A', () => {
  let a: VisitorTab;
  let b: VisitorTab;
  let mine: { conversationId: string; answerId: string };
  beforeAll(async () => {
    a = (await newVisitor(cast.server.url, 'zh-CN')).tab;
    b = (await newVisitor(cast.server.url, 'zh-CN')).tab;
    const asked = await a.send('怎么申请退货？');
    const answer = await vi.waitFor(() => {
      const found = a.created.find((m) => m.author === 'bot' && m.kind === 'answer');
      if (!found) throw new Error('no answer yet');
      return found;
    });
    mine = { conversationId: asked.conversationId, answerId: answer.id };
  });
  afterAll(() => {
    a.close();
    b.close();
  });

  it('has rows for every event the server handles', () => {
    const [socket] = [...cast.server.app.io.of(VISITOR_NAMESPACE).sockets.values()].slice(-1);
    const names = socket!
      .eventNames()
      .map(String)
      .filter((n) => !RESERVED.has(n));
    expect(names.sort()).toEqual(Object.keys(VISITOR_EVENTS).sort());
  });

  it.each(Object.entries(VISITOR_EVENTS))(
    '%s never reaches the other visitor',
    async (event, row) => {
      const ack = (await b.socket
        .timeout(5_000)
        .emitWithAck(event as keyof VisitorToServer, row.payload(mine) as never)) as Ack<unknown>;
      expect(code(ack)).toBe(row.expected);
      // Unknown ids read the same as A's: nothing to probe.
      if (row.expected === 'not_found') {
        const probe = JSON.stringify(row.payload(mine))
          .replace(mine.answerId, 'no-such-id-0000')
          .replace(mine.conversationId, 'no-such-id-0000');
        const other = (await b.socket
          .timeout(5_000)
          .emitWithAck(event as keyof VisitorToServer, JSON.parse(probe) as never)) as Ack<unknown>;
        expect(other).toEqual(ack);
      }
    },
  );

  it('shows B only their own conversation and messages', async () => {
    const synced = unwrap(await b.trySync(0));
    expect(synced.conversationId).not.toBe(mine.conversationId);
    const ids = new Set(synced.messages.map((m) => m.conversationId));
    expect([...ids]).not.toContain(mine.conversationId);
    expect(b.created.filter((m) => m.conversationId === mine.conversationId)).toEqual([]);
    expect(a.created.filter((m) => m.conversationId !== mine.conversationId)).toEqual([]);
  });
});

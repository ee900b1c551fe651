import type { Socket } from 'socket.io-client';
import type { Ack } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { ANSWER_TIMEOUT_MS, connect, type Senders } from './runner.ts';
import type { Namespace } from './socket-targets.ts';
import type { Hints } from './zod-arbitrary.ts';

/** Strings that pass refinements the generator cannot read: zones, origins, colours, months … */
const REFINED = [
  'Asia/Shanghai',
  'UTC',
  'Europe/Berlin',
  'https://shop.example.com',
  'http://localhost:8080',
  '#1f6feb',
  '2025-03',
  '09:00',
  '18:00',
  '24:00',
  'general',
  'after-sales',
  'fuzz@shop.example',
  '+86 138 0000 0000',
  '我想退货',
  'How do I return an item?',
];

export interface Prepared {
  senders: Senders;
  hints: Hints;
  /** Waits until the server has read everything sent on the campaign's sockets so far. */
  barrier(): Promise<void>;
  /** Sockets the server dropped (they are reconnected for the next case). */
  dropped: string[];
  close(): void;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket
    .timeout(ANSWER_TIMEOUT_MS)
    .emitWithAck(event, payload)
    .then((ack: Ack<T>) => {
      if (!ack.ok) throw new Error(`${event}: ${ack.error.message}`);
      return ack.data;
    });
}

/**
 * Readies a running server for a campaign: the admin's session, an ordinary agent's, two
 * visitors with conversations (one queued), a left message, a ticket; their ids become hints, so
 * valid-shaped input reaches real rows. The admin's and the campaign agent's own ids stay
 * out of the hints, so no generated request can demote or lock out the campaign itself.
 */
export async function prepare(
  url: string,
  admin: { email: string; password: string },
): Promise<Prepared> {
  const adminCookie = await signIn(url, admin);
  const api = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const account = (name: string) => ({
    email: `${name}-${tag}@kefu.local`,
    name,
    role: 'agent',
    departments: ['general'],
    maxChats: 5,
    lang: 'en',
    password: `${name}-password`,
  });
  const own = account('fuzz-agent');
  await json(await api('POST', '/api/admin/agents', own));
  const victim = await json<{ agent: { id: string } }>(
    await api('POST', '/api/admin/agents', account('fuzz-victim')),
  );
  const agentCookie = await signIn(url, { email: own.email, password: own.password });

  const tokens: string[] = [];
  for (const lang of ['zh-CN', 'en']) {
    const res = await fetch(`${url}/api/visitor/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lang }),
    });
    tokens.push((await json<{ token: string }>(res)).token);
  }
  const dropped: string[] = [];
  const live = new Map<string, Promise<Socket>>();
  const visitorSockets = new WeakSet<Socket>();
  const open = (ns: Namespace, index: number): Promise<Socket> => {
    const socket =
      ns === 'visitor'
        ? connect(url, 'visitor', { token: tokens[index % tokens.length] })
        : connect(url, 'agent', {}, { cookie: index % 2 === 0 ? adminCookie : agentCookie });
    return socket.then((s) => {
      if (ns === 'visitor') visitorSockets.add(s);
      s.on('disconnect', (reason) => {
        if (reason !== 'io client disconnect') dropped.push(`${ns} socket ${index}: ${reason}`);
      });
      return s;
    });
  };
  const socket = async (ns: Namespace, index: number) => {
    const key = `${ns}:${index % 2}`;
    const current = await live.get(key)?.catch(() => null);
    if (current?.connected) return current;
    const next = open(ns, index % 2);
    live.set(key, next);
    return next;
  };

  const [visitorA, visitorB] = [await socket('visitor', 0), await socket('visitor', 1)];
  // Both console sockets now: connecting changes the agents' presence, which is no case's doing.
  await Promise.all([socket('agent', 0), socket('agent', 1)]);
  await call(visitorA, 'message.send', { clientId: `fuzz-setup-${tag}-1`, body: '我想退货' });
  await call(visitorB, 'message.send', { clientId: `fuzz-setup-${tag}-2`, body: 'hello there' });
  await call(visitorB, 'handoff.request', { clientId: `fuzz-setup-${tag}-3` });
  const left = await call<{ id: string }>(visitorA, 'leftMessage.send', {
    clientId: `fuzz-setup-${tag}-4`,
    name: 'Fuzz',
    contact: 'fuzz@shop.example',
    body: 'call me back',
  });
  const ids: string[] = [victim.agent.id, left.id];
  for (const visitor of [visitorA, visitorB]) {
    const sync = await call<{ conversationId: string; messages: { id: string }[] }>(
      visitor,
      'conversation.sync',
      { afterSeq: 0 },
    );
    ids.push(sync.conversationId, ...sync.messages.map((m) => m.id));
  }
  const faq = await json<{ entries: { id: string }[] }>(await api('GET', '/api/faq?pageSize=200'));
  const replies = await json<{ quickReplies: { id: string }[] }>(
    await api('GET', '/api/quick-replies'),
  );
  ids.push(...faq.entries.map((e) => e.id), ...replies.quickReplies.map((r) => r.id));
  const ticket = await json<{ ticket: { id: string } }>(
    await api('POST', '/api/tickets', {
      type: 'complaint',
      departmentId: 'general',
      title: 'Fuzz',
    }),
  );
  ids.push(ticket.ticket.id);

  return {
    senders: { url, cookies: { admin: adminCookie, agent: agentCookie }, socket },
    hints: { strings: [...ids, ...REFINED] },
    dropped,
    async barrier() {
      const sockets = await Promise.all([...live.values()]);
      await Promise.all(
        sockets
          .filter((s) => s.connected)
          .map((s) =>
            s
              .timeout(ANSWER_TIMEOUT_MS)
              .emitWithAck(visitorSockets.has(s) ? 'availability.get' : 'directory.get', {})
              .catch(() => undefined),
          ),
      );
    },
    close() {
      for (const s of live.values())
        void s.then(
          (socket) => socket.close(),
          () => undefined,
        );
    },
  };
}

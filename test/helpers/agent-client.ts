import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  type Ack,
  type AgentNote,
  type AgentStatus,
  type AgentToServer,
  type ChatMessage,
  type ReplyOf,
  type RequestOf,
  type ConversationDetail,
  type ConversationSummary,
  type ServerToAgent,
  type StatusResult,
  type TypingChange,
} from '../../protocol/index.ts';
import type { StatusSetInput } from '../../protocol/schemas/agent.ts';
import { TEST_ADMIN } from './server.ts';
import { connected, socketOptions } from './visitor-client.ts';

export type AgentSocket = Socket<ServerToAgent, AgentToServer>;

/** Signs in over HTTP as the console does; returns `kefu_session=…` for a Cookie header. */
export async function signIn(url: string, account = TEST_ADMIN): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kefu_session='));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

/** Opens /agent with these handshake headers; rejects with the server's reason. */
export function connectAgent(url: string, headers: Record<string, string>): Promise<AgentSocket> {
  return connected(agentSocket(url, headers));
}

/** An untyped console socket, for sending what a buggy or hostile client would send. */
export function connectRaw(
  url: string,
  headers: Record<string, string>,
  auth: object = {},
): Promise<Socket> {
  return connected(agentSocket(url, headers, auth));
}

function agentSocket(url: string, headers: Record<string, string>, auth: object = {}): Socket {
  return io(`${url}${AGENT_NAMESPACE}`, { ...socketOptions(auth), extraHeaders: headers });
}

/** One console tab: records everything the server pushes to it. */
export class ConsoleTab {
  readonly statuses: AgentStatus[] = [];
  readonly assigned: ConversationSummary[] = [];
  readonly updated: ConversationDetail[] = [];
  readonly messages: ChatMessage[] = [];
  readonly notes: AgentNote[] = [];
  readonly typing: TypingChange[] = [];
  queueChanges = 0;

  private constructor(readonly socket: AgentSocket) {
    socket.on('status.changed', ({ status }) => this.statuses.push(status));
    socket.on('conversation.assigned', (c) => this.assigned.push(c));
    socket.on('conversation.updated', (c) => this.updated.push(c));
    socket.on('message.created', (m) => this.messages.push(m));
    socket.on('note.created', (n) => this.notes.push(n));
    socket.on('typing.changed', (t) => this.typing.push(t));
    socket.on('queue.changed', () => (this.queueChanges += 1));
  }

  /** Any console request, acked within 5 s. */
  call<E extends keyof AgentToServer>(
    event: E,
    input: RequestOf<AgentToServer, E>,
  ): Promise<Ack<ReplyOf<AgentToServer, E>>> {
    // Socket.IO's types cannot follow a generic event name (emitWithAck resolves to `any`);
    // this view of the socket carries the contract instead.
    const timed = this.socket.timeout(5_000) as unknown as {
      emitWithAck(
        event: E,
        input: RequestOf<AgentToServer, E>,
      ): Promise<Ack<ReplyOf<AgentToServer, E>>>;
    };
    return timed.emitWithAck(event, input);
  }

  /** Listens before connecting: the server says the status right after the handshake. */
  static async open(url: string, cookie: string): Promise<ConsoleTab> {
    const socket: AgentSocket = agentSocket(url, { cookie });
    const tab = new ConsoleTab(socket);
    await connected(socket);
    return tab;
  }

  get status(): AgentStatus | undefined {
    return this.statuses.at(-1);
  }

  setStatus(status: StatusSetInput['status']): Promise<Ack<StatusResult>> {
    return this.socket.timeout(5_000).emitWithAck('status.set', { status });
  }

  close(): void {
    this.socket.close();
  }
}

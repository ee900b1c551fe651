import { io, type Socket } from 'socket.io-client';
import {
  VISITOR_NAMESPACE,
  type Ack,
  type ChatMessage,
  type Language,
  type QueueStatus,
  type VisitorConversationState,
  type ServerToVisitor,
  type SuggestResult,
  type SyncResult,
  type VisitorSession,
  type VisitorToServer,
} from '../../protocol/index.ts';
import type { MessageSendInput } from '../../protocol/schemas/visitor.ts';

export type VisitorSocket = Socket<ServerToVisitor, VisitorToServer>;

export function unwrap<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`request failed: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/** POST /api/visitor/sessions, as the chat app does on first visit. */
export async function createSession(url: string, lang?: Language): Promise<VisitorSession> {
  const res = await fetch(`${url}/api/visitor/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(lang ? { lang } : {}),
  });
  if (res.status !== 201) throw new Error(`session request failed: ${res.status}`);
  return (await res.json()) as VisitorSession;
}

/** Resolves once connected; rejects with the server's reason (e.g. "unauthorized"). */
export function connected<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Test sockets: websocket only, no automatic reconnection, never shared. */
export function socketOptions(auth: object) {
  return { auth, transports: ['websocket'], reconnection: false, forceNew: true };
}

/** An untyped socket, for sending what a buggy or hostile client would send. */
export function connectRaw(url: string, auth: object): Promise<Socket> {
  return connected(io(`${url}${VISITOR_NAMESPACE}`, socketOptions(auth)));
}

/** One browser tab of a visitor: a typed socket that records every message pushed to it. */
export class VisitorTab {
  readonly created: ChatMessage[] = [];
  readonly updated: ChatMessage[] = [];
  readonly queue: QueueStatus[] = [];
  readonly states: VisitorConversationState[] = [];
  readonly typing: boolean[] = [];

  private constructor(readonly socket: VisitorSocket) {
    socket.on('message.created', (m) => this.created.push(m));
    socket.on('message.updated', (m) => this.updated.push(m));
    socket.on('queue.updated', (q) => this.queue.push(q));
    socket.on('conversation.updated', (s) => this.states.push(s));
    socket.on('typing.changed', ({ typing }) => this.typing.push(typing));
  }

  /** The last conversation state the server pushed. */
  get state(): VisitorConversationState | undefined {
    return this.states.at(-1);
  }

  static async open(url: string, session: VisitorSession, lang?: Language): Promise<VisitorTab> {
    const socket: VisitorSocket = io(
      `${url}${VISITOR_NAMESPACE}`,
      socketOptions({ token: session.token, ...(lang && { lang }) }),
    );
    return new VisitorTab(await connected(socket));
  }

  /** Every request times out instead of hanging the test when the server never acks. */
  private get acked() {
    return this.socket.timeout(5_000);
  }

  trySend(input: MessageSendInput): Promise<Ack<ChatMessage>> {
    return this.acked.emitWithAck('message.send', input);
  }

  /** Sends a message and returns the stored copy; fails the test on an error ack. */
  async send(
    body: string,
    extra: { clientId?: string; faqId?: string } = {},
  ): Promise<ChatMessage> {
    return unwrap(await this.trySend({ clientId: newClientId(), body, ...extra }));
  }

  trySync(afterSeq: number): Promise<Ack<SyncResult>> {
    return this.acked.emitWithAck('conversation.sync', { afterSeq });
  }

  async sync(afterSeq = 0): Promise<ChatMessage[]> {
    return unwrap(await this.trySync(afterSeq)).messages;
  }

  rate(messageId: string, helpful: boolean): Promise<Ack<ChatMessage>> {
    return this.acked.emitWithAck('feedback.send', { messageId, helpful });
  }

  requestHandoff(clientId: string = newClientId()): Promise<Ack<ChatMessage>> {
    return this.acked.emitWithAck('handoff.request', { clientId });
  }

  suggest(text: string): Promise<Ack<SuggestResult>> {
    return this.acked.emitWithAck('faq.suggest', { text });
  }

  close(): void {
    this.socket.close();
  }
}

/** A new visitor with one open tab. */
export async function newVisitor(
  url: string,
  lang?: Language,
): Promise<{ session: VisitorSession; tab: VisitorTab }> {
  const session = await createSession(url, lang);
  return { session, tab: await VisitorTab.open(url, session, lang) };
}

export function newClientId(): string {
  return crypto.randomUUID();
}

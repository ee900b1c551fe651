import { io, type Socket } from 'socket.io-client';
import type { Language } from '../../protocol/language.ts';
import type { ChatMessage, FaqRef } from '../../protocol/message.ts';
import type { MessageSendInput } from '../../protocol/schemas/visitor.ts';
import {
  VISITOR_NAMESPACE,
  type ServerToVisitor,
  type VisitorSession,
  type VisitorToServer,
} from '../../protocol/visitor.ts';
import type { HostPage } from '../bridge.ts';
import { lastSeq, mergeMessages } from './messages.ts';
import {
  enqueue,
  newClientId,
  remove,
  settle,
  setFailed,
  toResend,
  type Pending,
} from './pending.ts';
import { load, save, type Saved } from './store.ts';

export type Status = 'connecting' | 'online' | 'offline';

export interface ChatState extends Saved {
  status: Status;
  /** Shown under the composer; `refused` is the text handed back to it. */
  error: 'invalid' | 'unavailable' | null;
  refused: string | null;
}

const ACK_MS = 8000;
const RETRY_MS = 3000;

async function createSession(lang: Language): Promise<string> {
  const res = await fetch('/api/visitor/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ lang }),
  });
  if (!res.ok) throw new Error(`session: ${res.status}`);
  return ((await res.json()) as VisitorSession).token;
}

/** The visitor's side of the conversation: session, socket, delivery and the cached state. */
export class ChatClient {
  state: ChatState = { ...load(), status: 'connecting', error: null, refused: null };
  page: HostPage | null = null;
  /** Whether the visitor can see the panel: what arrives while open counts as read. */
  open = true;
  onChange = (): void => {};
  onNew = (_message: ChatMessage): void => {};
  private socket: Socket<ServerToVisitor, VisitorToServer>;

  constructor(public lang: Language) {
    this.socket = io(VISITOR_NAMESPACE, {
      autoConnect: false,
      auth: (cb) => cb({ token: this.state.token ?? '', lang: this.lang }),
    });
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => {
      this.set({ status: 'offline' });
      // Socket.IO reconnects by itself except when the server hung up on purpose: try again, later.
      if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), RETRY_MS);
    });
    this.socket.on('connect_error', (err) => this.onConnectError(err.message));
    this.socket.on('message.created', (m) => {
      const isNew = !this.state.messages.some((known) => known.id === m.id);
      this.merge([m]);
      if (isNew && (m.author === 'bot' || m.author === 'agent')) this.onNew(m);
    });
    this.socket.on('message.updated', (m) => this.merge([m]));
  }

  async start(): Promise<void> {
    while (!this.state.token) {
      try {
        this.set({ token: await createSession(this.lang) });
      } catch {
        this.set({ status: 'offline' });
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
    this.socket.connect();
  }

  send(body: string, faqId?: string): void {
    const pending = enqueue(this.state.pending, body, faqId);
    this.set({ pending, error: null, refused: null });
    this.emitSend(pending[pending.length - 1] as Pending);
  }

  retry(clientId: string): void {
    this.set({ pending: setFailed(this.state.pending, clientId, false) });
    const item = this.state.pending.find((p) => p.clientId === clientId);
    if (item) this.emitSend(item);
  }

  feedback(message: ChatMessage, helpful: boolean): void {
    if (!this.socket.connected) return this.set({ error: 'unavailable' });
    this.merge([{ ...message, feedback: helpful ? 'up' : 'down' }]);
    this.socket
      .timeout(ACK_MS)
      .emit('feedback.send', { messageId: message.id, helpful }, (err, ack) =>
        this.merge([!err && ack.ok ? ack.data : message]),
      );
  }

  handoff(): void {
    if (!this.socket.connected) return this.set({ error: 'unavailable' });
    this.socket.timeout(ACK_MS).emit('handoff.request', { clientId: newClientId() }, (err, ack) => {
      if (!err && ack.ok) this.merge([ack.data]);
      else this.set({ error: 'unavailable' });
    });
  }

  suggest(text: string): Promise<FaqRef[]> {
    return new Promise((resolve) => {
      if (!this.socket.connected) return resolve([]);
      this.socket
        .timeout(ACK_MS)
        .emit('faq.suggest', { text }, (err, ack) =>
          resolve(!err && ack.ok ? ack.data.suggestions : []),
        );
    });
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.set({});
  }

  private onConnect(): void {
    this.set({ status: 'online', pending: toResend(this.state.pending) });
    for (const item of this.state.pending) this.emitSend(item);
    this.sync(lastSeq(this.state.messages));
  }

  private onConnectError(message: string): void {
    this.set({ status: 'offline' });
    if (this.socket.active) return; // a network error: Socket.IO keeps retrying by itself
    if (message === 'unauthorized') {
      this.set({ token: null, messages: [], readSeq: 0 });
      void this.start();
    } else setTimeout(() => this.socket.connect(), RETRY_MS);
  }

  private sync(afterSeq: number): void {
    this.socket.timeout(ACK_MS).emit('conversation.sync', { afterSeq }, (err, ack) => {
      if (err) return void (this.socket.connected && this.sync(afterSeq));
      if (!ack.ok) return;
      const known = this.state.messages[0]?.conversationId;
      if (known && ack.data.conversationId && known !== ack.data.conversationId && afterSeq > 0) {
        // A new conversation: seqs start again at 1, so fetch it whole.
        this.set({ messages: [], readSeq: 0 });
        return this.sync(0);
      }
      this.merge(ack.data.messages);
    });
  }

  private emitSend(item: Pending): void {
    if (!this.socket.connected || !this.state.pending.some((p) => p.clientId === item.clientId))
      return;
    const input: MessageSendInput = { clientId: item.clientId, body: item.body };
    if (item.faqId) input.faqId = item.faqId;
    if (this.page) input.page = this.page;
    this.socket.timeout(ACK_MS).emit('message.send', input, (err, ack) => {
      // Resending is safe: the server stores each clientId once.
      if (err) return this.emitSend(item);
      if (ack.ok) return this.merge([ack.data]);
      if (ack.error.code === 'invalid_input') {
        return this.set({
          pending: remove(this.state.pending, item.clientId),
          error: 'invalid',
          refused: item.body,
        });
      }
      this.set({ pending: setFailed(this.state.pending, item.clientId, true) });
    });
  }

  private merge(incoming: ChatMessage[]): void {
    const messages = mergeMessages(this.state.messages, incoming);
    this.set({ messages, pending: settle(this.state.pending, messages) });
  }

  private set(patch: Partial<ChatState>): void {
    this.state = { ...this.state, ...patch };
    if (this.open) this.state.readSeq = Math.max(this.state.readSeq, lastSeq(this.state.messages));
    save(this.state);
    this.onChange();
  }
}

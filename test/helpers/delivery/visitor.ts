import { io } from 'socket.io-client';
import {
  VISITOR_NAMESPACE,
  type ChatMessage,
  type VisitorConversationState,
} from '../../../protocol/index.ts';
import { lastSeq, latestConversation, mergeMessages } from '../../../widget/chat/messages.ts';
import {
  enqueue,
  nextToSend,
  remove,
  settle,
  slowPause,
  toResend,
  type Pending,
} from '../../../widget/chat/pending.ts';
import { createSession, type VisitorSocket } from '../visitor-client.ts';
import { ACK_MS, noteArrivals, RECONNECT, RETRY_MS, type Written } from './contract.ts';

/**
 * A visitor's chat window as the widget keeps it, without the browser: the same transcript
 * merge, outbox and "everything after my last seq" (the widget's own `messages.ts` and
 * `pending.ts`), the same reactions to acks, pushes, drops and reconnects: one message on
 * its way at a time, oldest first, and a "slow down" waited out before sending it again.
 */
export class ChatVisitor {
  messages: ChatMessage[] = [];
  pending: Pending[] = [];
  state: VisitorConversationState | null = null;
  /** What each ack said was stored, by clientId. */
  readonly acked = new Map<string, ChatMessage>();
  /** Every message this visitor wrote, in the order written. */
  readonly written: Written[] = [];
  /** When each agent message first showed here. */
  readonly arrivals = new Map<string, number>();
  /** Messages the server refused (error acks): never stored, never resent. */
  refused = 0;
  readonly socket: VisitorSocket;
  private closed = false;
  private sending = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    readonly name: string,
    url: string,
    token: string,
  ) {
    this.socket = io(`${url}${VISITOR_NAMESPACE}`, {
      ...RECONNECT,
      auth: { token, lang: 'en' },
    });
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => {
      // Socket.IO reconnects by itself unless a side hung up on purpose; the widget retries then.
      if (reason === 'io server disconnect' || reason === 'io client disconnect') this.later();
    });
    this.socket.on('connect_error', () => {
      if (!this.socket.active) this.later();
    });
    this.socket.on('message.created', (m) => this.merge([m]));
    this.socket.on('message.updated', (m) => this.merge([m]));
    this.socket.on('conversation.updated', (s) => (this.state = s));
  }

  /** A new visitor session, connected. */
  static async open(url: string, name: string): Promise<ChatVisitor> {
    const { token } = await createSession(url, 'en');
    const visitor = new ChatVisitor(name, url, token);
    await new Promise<void>((resolve) => visitor.socket.once('connect', () => resolve()));
    return visitor;
  }

  get conversationId(): string | null {
    return this.state?.conversationId ?? latestConversation(this.messages);
  }

  /** Asks for a person, as the widget's button does; resolves once the server queued it. */
  async askForPerson(clientId: string): Promise<void> {
    const ack = await this.socket.timeout(ACK_MS).emitWithAck('handoff.request', { clientId });
    if (!ack.ok) throw new Error(`${this.name}: handoff refused: ${ack.error.message}`);
    this.merge([ack.data]);
  }

  /** Writes a message: into the outbox at once, out whenever connected. */
  send(body: string): void {
    this.pending = enqueue(this.pending, body);
    const item = this.pending.at(-1)!;
    this.written.push({ clientId: item.clientId, body, at: performance.now() });
    this.flush();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.slowTimer);
    this.socket.close();
  }

  private later(): void {
    setTimeout(() => {
      if (!this.closed && !this.socket.connected) this.socket.connect();
    }, RETRY_MS);
  }

  private onConnect(): void {
    this.pending = toResend(this.pending);
    this.flush();
    this.sync();
  }

  private sync(afterSeq = lastSeq(this.messages, latestConversation(this.messages))): void {
    const known = latestConversation(this.messages);
    this.socket.timeout(ACK_MS).emit('conversation.sync', { afterSeq }, (err, ack) => {
      if (err) return void (this.socket.connected && this.sync());
      if (!ack.ok) return;
      const { conversationId, messages, state } = ack.data;
      if (conversationId !== known && afterSeq > 0) return this.sync(0);
      if (state) this.state = state;
      this.merge(messages);
    });
  }

  /** As the widget's outbox: the oldest waiting message, unless one is on its way or paused. */
  private flush(): void {
    const item = nextToSend(this.pending);
    if (!item || this.sending || this.slowTimer || this.closed || !this.socket.connected) return;
    this.sending = true;
    const input = { clientId: item.clientId, body: item.body };
    this.socket.timeout(ACK_MS).emit('message.send', input, (err, ack) => {
      this.sending = false;
      // Resending is safe: the server stores each clientId once.
      if (err) return this.flush();
      if (ack.ok) {
        this.acked.set(item.clientId, ack.data);
        this.merge([ack.data]);
      } else if (ack.error.code === 'rate_limited') {
        this.slowTimer = setTimeout(() => {
          this.slowTimer = undefined;
          this.flush();
        }, slowPause(ack.error.retryAfterMs));
        return;
      } else {
        this.refused += 1;
        this.pending = remove(this.pending, item.clientId);
      }
      this.flush();
    });
  }

  private merge(incoming: ChatMessage[]): void {
    noteArrivals(this.arrivals, incoming, 'agent');
    this.messages = mergeMessages(this.messages, incoming);
    this.pending = settle(this.pending, this.messages);
  }
}

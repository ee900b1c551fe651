import { io } from 'socket.io-client';
import { AGENT_NAMESPACE, type ChatMessage } from '../../../protocol/index.ts';
import { mergeMessages } from '../../../console/timeline.ts';
import { newClientId } from '../../../console/socket.ts';
import { signIn, type AgentSocket } from '../agent-client.ts';
import { consoleRequest } from '../console-api.ts';
import { ACK_MS, noteArrivals, RECONNECT, RETRY_MS, type Written } from './contract.ts';

/** One chat in the console: its transcript as shown, and replies not acknowledged yet. */
export interface AgentChat {
  messages: ChatMessage[];
  pending: Written[];
  /** Whether this agent holds it (a transfer or a close ends that). */
  held: boolean;
}

type Account = { email: string; password: string };

/**
 * An agent's console tab without the browser, reacting as the console does: after each
 * (re)connect, once the server says the status (its rooms are joined by then), it lists its
 * chats and opens each again, whole. Replies wait in an outbox until acked and go out again
 * on connect, before anything written later, so they are stored in the order written.
 * Signed out by the server, it signs in again, as the agent would.
 */
export class ChatAgent {
  readonly chats = new Map<string, AgentChat>();
  readonly acked = new Map<string, ChatMessage>();
  /** Every reply written, with its chat, in the order written. */
  readonly written: (Written & { conversationId: string })[] = [];
  /** When each visitor message first showed here. */
  readonly arrivals = new Map<string, number>();
  refused = 0;
  readonly socket: AgentSocket;
  private fresh = false;
  private closed = false;

  private constructor(
    readonly name: string,
    readonly id: string,
    private readonly url: string,
    private readonly account: Account,
    private cookie: string,
  ) {
    this.socket = io(`${url}${AGENT_NAMESPACE}`, { ...RECONNECT, extraHeaders: { cookie } });
    this.socket.on('connect', () => {
      this.fresh = true;
      // What waited for the link goes first, in the order written, before anything new.
      for (const [id, chat] of this.chats) for (const item of chat.pending) this.emitSend(id, item);
    });
    this.socket.on('status.changed', () => {
      if (this.fresh) void this.setUp();
      this.fresh = false;
    });
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect' || reason === 'io client disconnect') this.later();
    });
    this.socket.on('connect_error', (err) => {
      if (err.message === 'unauthorized') void this.signInAgain();
      else if (!this.socket.active) this.later();
    });
    this.socket.on('conversation.assigned', (c) => void this.open(c.id));
    this.socket.on('conversation.updated', (c) => {
      const chat = this.chats.get(c.id);
      if (chat) chat.held = c.agentId === this.id && c.status === 'active';
    });
    this.socket.on('message.created', (m) => this.merge(m.conversationId, [m]));
  }

  /** Signs in over REST and opens the console socket; resolves once the agent is online. */
  static async open(url: string, name: string, id: string, account: Account): Promise<ChatAgent> {
    const agent = new ChatAgent(name, id, url, account, await signIn(url, account));
    await new Promise<void>((resolve) => agent.socket.once('status.changed', () => resolve()));
    return agent;
  }

  get heldChats(): string[] {
    return [...this.chats].filter(([, c]) => c.held).map(([id]) => id);
  }

  /** Writes a reply in a held chat: into the outbox at once, out whenever connected. */
  reply(conversationId: string, body: string): void {
    const chat = this.chats.get(conversationId);
    if (!chat) return;
    const item = { clientId: newClientId(), body, at: performance.now() };
    chat.pending.push(item);
    this.written.push({ ...item, conversationId });
    this.emitSend(conversationId, item);
  }

  /** Signs out over REST, as the console's button does: the server drops this session's tabs. */
  async signOut(): Promise<void> {
    await consoleRequest(this.url, 'POST', '/api/auth/logout', this.cookie);
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }

  private later(): void {
    setTimeout(() => {
      if (!this.closed && !this.socket.connected) this.socket.connect();
    }, RETRY_MS);
  }

  private async signInAgain(): Promise<void> {
    try {
      this.cookie = await signIn(this.url, this.account);
      this.socket.io.opts.extraHeaders = { cookie: this.cookie };
    } catch {
      // The server is down or restarting: the next attempt signs in again.
    }
    this.later();
  }

  private async setUp(): Promise<void> {
    const ack = await this.socket
      .timeout(ACK_MS)
      .emitWithAck('chat.list', {})
      .catch(() => null);
    if (!ack?.ok) return;
    for (const c of ack.data.conversations) await this.open(c.id);
  }

  private async open(conversationId: string): Promise<void> {
    const chat = this.chatOf(conversationId);
    const ack = await this.socket
      .timeout(ACK_MS)
      .emitWithAck('conversation.open', { conversationId })
      .catch(() => null);
    if (!ack?.ok) return;
    const { conversation, messages } = ack.data;
    chat.held = conversation.agentId === this.id && conversation.status === 'active';
    this.merge(conversationId, messages);
  }

  private emitSend(conversationId: string, item: Written): void {
    const chat = this.chats.get(conversationId);
    if (!this.socket.connected || !chat?.pending.includes(item)) return;
    const input = { conversationId, clientId: item.clientId, body: item.body };
    this.socket.timeout(ACK_MS).emit('message.send', input, (err, ack) => {
      if (err) return this.emitSend(conversationId, item);
      if (ack.ok) {
        this.acked.set(item.clientId, ack.data);
        return this.merge(conversationId, [ack.data]);
      }
      this.refused += 1;
      chat.pending = chat.pending.filter((p) => p !== item);
    });
  }

  private chatOf(conversationId: string): AgentChat {
    let chat = this.chats.get(conversationId);
    if (!chat) {
      chat = { messages: [], pending: [], held: false };
      this.chats.set(conversationId, chat);
    }
    return chat;
  }

  private merge(conversationId: string, incoming: ChatMessage[]): void {
    const chat = this.chatOf(conversationId);
    noteArrivals(this.arrivals, incoming, 'visitor');
    chat.messages = mergeMessages(chat.messages, incoming);
    const done = new Set(chat.messages.map((m) => m.clientId));
    chat.pending = chat.pending.filter((p) => !done.has(p.clientId));
  }
}

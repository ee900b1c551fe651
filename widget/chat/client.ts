import { io, type Socket } from 'socket.io-client';
import type {
  DepartmentInfo,
  QueueStatus,
  VisitorConversationState,
} from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { AttachmentLimits } from '../../protocol/attachments.ts';
import type { ChatMessage, FaqRef } from '../../protocol/message.ts';
import type { IdentifyInput } from '../../protocol/schemas/identity.ts';
import type { HelpRuleConfig, NoticeConfig } from '../../protocol/page-help.ts';
import type { SurveyInvite } from '../../protocol/surveys.ts';
import type { MessageSendInput } from '../../protocol/schemas/visitor.ts';
import {
  VISITOR_NAMESPACE,
  type Availability,
  type ServerToVisitor,
  type VisitorSession,
  type VisitorToServer,
} from '../../protocol/visitor.ts';
import type { HostPage } from '../bridge.ts';
import { Desk, type LeaveForm } from './desk.ts';
import { lastSeq, latestConversation, markRead, mergeMessages } from './messages.ts';
import { enqueue, mark, nextToSend, remove, settle, slowPause, toResend } from './pending.ts';
import { load, save, type Saved } from './store.ts';
import { ACK_MS, RETRY_MS } from './timeouts.ts';
import { TypingSignal } from './typing.ts';

export type Status = 'connecting' | 'online' | 'offline';
export type VisitorSocket = Socket<ServerToVisitor, VisitorToServer>;

export interface ChatState extends Saved {
  status: Status;
  /** Shown under the composer; `refused` is the text handed back to it. */
  error: 'invalid' | 'unavailable' | 'tooFast' | null;
  refused: string | null;
  /** Where the latest conversation stands: queued, with an agent, ratable. */
  conversation: VisitorConversationState | null;
  queue: QueueStatus | null;
  agentTyping: boolean;
  /** The department picker, when the desk offers one and the visitor asked for a person. */
  departments: DepartmentInfo[] | null;
  leave: LeaveForm | null;
  /** 转人工's answer while the pre-chat form it asks for is open. */
  preChat: Availability | null;
}

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
  state: ChatState = {
    ...load(),
    status: 'connecting',
    error: null,
    refused: null,
    conversation: null,
    queue: null,
    agentTyping: false,
    departments: null,
    leave: null,
    preChat: null,
  };
  page: HostPage | null = null;
  /** What the host page said about the visitor (`Kefu('identify')`): sent on every connect. */
  identity: IdentifyInput | null = null;
  /** What files the site takes (widget config); null until it has answered. */
  attachments: AttachmentLimits | null = null;
  /** Open surveys the widget may invite to (widget config); the survey chunk picks one. */
  surveys: SurveyInvite[] = [];
  /** In-context help rules and live 公告 (widget config). */
  help: HelpRuleConfig[] = [];
  notices: NoticeConfig[] = [];
  /** Whether the visitor can see the panel: what arrives while open counts as read. */
  open = true;
  onChange = (): void => {};
  onNew = (_message: ChatMessage): void => {};
  readonly socket: VisitorSocket;
  /** Asking for a person: availability, the department picker, the leave-a-message form. */
  readonly desk = new Desk(this);
  private readonly typing = new TypingSignal((typing) =>
    this.socket.emit('typing.set', { typing }, () => undefined),
  );
  /** A message is on its way: the outbox sends one at a time, so none overtakes another. */
  private sending = false;
  /** A session is being made: a logout meanwhile waits for it instead of making a second. */
  private starting = false;
  /** Set while the server has asked the visitor to slow down: the outbox waits for it. */
  private slowTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(public lang: Language) {
    this.socket = io(VISITOR_NAMESPACE, {
      autoConnect: false,
      // What the server speaks; the build leaves out WebTransport (vite.no-webtransport.ts).
      transports: ['polling', 'websocket'],
      auth: (cb) => cb({ token: this.state.token ?? '', lang: this.lang }),
    });
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => {
      this.update({ status: 'offline', agentTyping: false });
      // Socket.IO reconnects by itself except when the server hung up on purpose: try again, later.
      if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), RETRY_MS);
    });
    this.socket.on('connect_error', (err) => this.onConnectError(err.message));
    this.socket.on('message.created', (m) => {
      const isNew = !this.state.messages.some((known) => known.id === m.id);
      // An agent's message ends their typing, even if the "stopped" signal is still on its way.
      this.merge([m], m.author === 'agent' ? { agentTyping: false } : {});
      if (isNew && (m.author === 'bot' || m.author === 'agent')) this.onNew(m);
    });
    this.socket.on('message.updated', (m) => this.merge([m]));
    this.socket.on('conversation.updated', (conversation) => {
      const { status } = conversation;
      this.update({
        conversation,
        queue: status === 'queued' ? this.state.queue : null,
        agentTyping: status === 'active' && this.state.agentTyping,
      });
    });
    this.socket.on('queue.updated', (queue) => this.update({ queue }));
    this.socket.on('typing.changed', ({ typing }) => this.update({ agentTyping: typing }));
  }

  async start(): Promise<void> {
    if (this.starting) return;
    this.starting = true;
    while (!this.state.token) {
      try {
        this.update({ token: await createSession(this.lang) });
      } catch {
        this.update({ status: 'offline' });
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
    this.starting = false;
    this.socket.connect();
  }

  send(body: string, faqId?: string): void {
    this.typing.stop();
    this.update({ pending: enqueue(this.state.pending, body, faqId), error: null, refused: null });
    this.flush();
  }

  retry(clientId: string): void {
    this.update({ pending: mark(this.state.pending, clientId, { failed: false }) });
    this.flush();
  }

  /** The text box changed: the agent sees the visitor typing, while a person has the chat. */
  typed(text: string): void {
    const status = this.state.conversation?.status;
    const withPerson = status === 'queued' || status === 'active';
    if (text.trim() && withPerson && this.socket.connected) this.typing.input();
    else this.typing.stop();
  }

  feedback(message: ChatMessage, helpful: boolean): void {
    if (!this.socket.connected) return this.update({ error: 'unavailable' });
    this.merge([{ ...message, feedback: helpful ? 'up' : 'down' }]);
    this.socket
      .timeout(ACK_MS)
      .emit('feedback.send', { messageId: message.id, helpful }, (err, ack) =>
        this.merge([!err && ack.ok ? ack.data : message]),
      );
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

  /** `Kefu('identify', …)`, or null for `Kefu('logout')`: forget this visitor, start a new one. */
  identify(identity: IdentifyInput | null): void {
    this.identity = identity;
    if (identity) this.sendIdentity();
    else this.restart();
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.update({});
  }

  /**
   * Asks for what is new in the latest conversation. When the server's latest is another one
   * (started in another tab, or after a close), its seqs start again at 1: it is fetched whole
   * and shown below the transcript already held.
   */
  sync(afterSeq = lastSeq(this.state.messages, latestConversation(this.state.messages))): void {
    const known = latestConversation(this.state.messages);
    this.socket.timeout(ACK_MS).emit('conversation.sync', { afterSeq }, (err, ack) => {
      if (err) return void (this.socket.connected && this.sync());
      if (!ack.ok) return;
      const { conversationId, messages, state, queue } = ack.data;
      if (conversationId !== known && afterSeq > 0) return this.sync(0);
      this.merge(messages, { conversation: state, queue });
    });
  }

  merge(incoming: ChatMessage[], patch: Partial<ChatState> = {}): void {
    const messages = mergeMessages(this.state.messages, incoming);
    this.update({ ...patch, messages, pending: settle(this.state.pending, messages) });
  }

  /** Every state change: what the open panel shows counts as read; then save and redraw. */
  update(patch: Partial<ChatState>): void {
    this.state = { ...this.state, ...patch };
    if (this.open) this.state.read = markRead(this.state.messages);
    save(this.state);
    this.onChange();
  }

  private onConnect(): void {
    this.update({ status: 'online', pending: toResend(this.state.pending) });
    this.flush();
    this.sync();
    this.sendIdentity();
  }

  /**
   * Once verified, the server reconnects the tab as the customer and sync brings their chat.
   * Verified here as someone else (`conflict`): a new visitor, identified afresh.
   */
  private sendIdentity(): void {
    if (this.identity && this.socket.connected) {
      this.socket.emit('visitor.identify', this.identity, (ack) => {
        if (!ack.ok && ack.error.code === 'conflict') this.restart();
      });
    }
  }

  /** Drops the token and what it showed, then starts as a new visitor. */
  private restart(): void {
    this.socket.disconnect();
    this.update({
      token: null,
      messages: [],
      read: {},
      left: false,
      conversation: null,
      queue: null,
    });
    void this.start();
  }

  private onConnectError(message: string): void {
    this.update({ status: 'offline' });
    if (this.socket.active) return; // a network error: Socket.IO keeps retrying by itself
    if (message === 'unauthorized') this.restart();
    else setTimeout(() => this.socket.connect(), RETRY_MS);
  }

  /** Sends the oldest waiting message, unless one is on its way or the server said slow down. */
  private flush(): void {
    const item = nextToSend(this.state.pending);
    if (!item || this.sending || this.slowTimer || !this.socket.connected) return;
    this.sending = true;
    const input: MessageSendInput = { clientId: item.clientId, body: item.body };
    if (item.faqId) input.faqId = item.faqId;
    if (this.page) input.page = this.page;
    this.socket.timeout(ACK_MS).emit('message.send', input, (err, ack) => {
      this.sending = false;
      const { pending } = this.state;
      // No answer: it goes again, now or after the reconnect (the server stores a clientId once).
      if (err) return this.flush();
      if (ack.ok) this.merge([ack.data]);
      else if (ack.error.code === 'rate_limited') {
        // Kept first in line with a note, and sent again by itself after the pause.
        this.slowTimer = setTimeout(() => {
          this.slowTimer = undefined;
          this.flush();
        }, slowPause(ack.error.retryAfterMs));
        return this.update({ pending: mark(pending, item.clientId, { slow: true }) });
      } else if (ack.error.code === 'invalid_input') {
        this.update({
          pending: remove(pending, item.clientId),
          error: 'invalid',
          refused: item.body,
        });
      } else this.update({ pending: mark(pending, item.clientId, { failed: true }) });
      this.flush();
    });
  }
}

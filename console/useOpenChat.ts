import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationView } from '../protocol/agent.ts';
import type { AgentNote, ConversationDetail } from '../protocol/conversation.ts';
import type { ChatMessage } from '../protocol/message.ts';
import { toSendAfterReconnect } from './outbox.ts';
import { mergeMessages, mergeNotes } from './timeline.ts';
import { ask, newClientId, type AgentSocket, type Failure } from './socket.ts';

export type DraftKind = 'reply' | 'note';

/** Written, shown at once, not acknowledged yet; `failed` says why it did not go out. */
export interface Pending {
  clientId: string;
  kind: DraftKind;
  body: string;
  failed: Failure | null;
}

export interface OpenChat {
  id: string;
  /** null while opening. */
  view: ConversationView | null;
  problem: Failure | null;
  pending: Pending[];
  visitorTyping: boolean;
}

export interface OpenChatControls {
  chat: OpenChat | null;
  open(conversationId: string): void;
  dismiss(): void;
  send(kind: DraftKind, body: string): void;
  retry(clientId: string): void;
  typing(conversationId: string, typing: boolean): void;
  /** The close form's answer: shown at once, before the push arrives. */
  changed(conversation: ConversationDetail): void;
}

type Update = (chat: OpenChat) => OpenChat;

/**
 * The conversation in the chat view: its transcript, notes and visitor, kept live by the
 * pushes `conversation.open` subscribes this socket to, and opened again after a reconnect
 * (a new connection follows nothing). Replies and notes show at once and are replaced by the
 * stored copy with the same clientId.
 */
export function useOpenChat(socket: AgentSocket, epoch: number): OpenChatControls {
  const [chat, setChat] = useState<OpenChat | null>(null);
  const chatRef = useRef(chat);
  chatRef.current = chat;

  const update = (id: string, fn: Update) => setChat((c) => (c && c.id === id ? fn(c) : c));
  const stored =
    (messages: ChatMessage[], notes: AgentNote[]): Update =>
    (c) => {
      const done = new Set([...messages, ...notes].map((x) => x.clientId));
      return {
        ...c,
        pending: c.pending.filter((p) => !done.has(p.clientId)),
        view: c.view && {
          ...c.view,
          messages: mergeMessages(c.view.messages, messages),
          notes: mergeNotes(c.view.notes, notes),
        },
      };
    };
  const load = async (id: string) => {
    const reply = await ask(socket, 'conversation.open', { conversationId: id });
    update(id, (c) => {
      if (!reply.ok) return { ...c, problem: reply.problem };
      // The fresh view, with what arrived meanwhile kept: `stored` merges the two.
      const view = { ...reply.data, messages: c.view?.messages ?? [], notes: c.view?.notes ?? [] };
      const reset = { ...c, view, problem: null, visitorTyping: false };
      return stored(reply.data.messages, reply.data.notes)(reset);
    });
  };
  const changed = (d: ConversationDetail) =>
    update(d.id, (c) => ({ ...c, view: c.view && { ...c.view, conversation: d } }));
  const failed = (id: string, clientId: string, problem: Failure) =>
    update(id, (c) => ({
      ...c,
      pending: c.pending.map((p) => (p.clientId === clientId ? { ...p, failed: problem } : p)),
    }));
  const deliver = async (id: string, p: Pending) => {
    const input = { conversationId: id, clientId: p.clientId, body: p.body };
    if (p.kind === 'reply') {
      const reply = await ask(socket, 'message.send', input);
      if (reply.ok) update(id, stored([reply.data], []));
      else failed(id, p.clientId, reply.problem);
    } else {
      const reply = await ask(socket, 'note.add', input);
      if (reply.ok) update(id, stored([], [reply.data]));
      else failed(id, p.clientId, reply.problem);
    }
  };

  const retry = (clientId: string) => {
    const c = chatRef.current;
    const p = c?.pending.find((x) => x.clientId === clientId);
    if (!c || !p) return;
    update(c.id, (x) => ({
      ...x,
      pending: x.pending.map((y) => (y.clientId === clientId ? { ...y, failed: null } : y)),
    }));
    void deliver(c.id, p);
  };

  useEffect(() => {
    const c = chatRef.current;
    if (epoch === 0 || !c) return;
    void load(c.id);
    for (const p of toSendAfterReconnect(c.pending)) retry(p.clientId);
  }, [epoch]);

  useEffect(() => {
    const onMessage = (m: ChatMessage) =>
      update(m.conversationId, (c) => ({
        ...stored([m], [])(c),
        visitorTyping: m.author === 'visitor' ? false : c.visitorTyping,
      }));
    const onNote = (n: AgentNote) => update(n.conversationId, stored([], [n]));
    const onTyping = ({ conversationId, typing }: { conversationId: string; typing: boolean }) =>
      update(conversationId, (c) => ({ ...c, visitorTyping: typing }));
    socket.on('message.created', onMessage);
    socket.on('note.created', onNote);
    socket.on('typing.changed', onTyping);
    socket.on('conversation.updated', changed);
    return () => {
      socket.off('message.created', onMessage);
      socket.off('note.created', onNote);
      socket.off('typing.changed', onTyping);
      socket.off('conversation.updated', changed);
    };
  }, [socket]);

  return {
    chat,
    open(id) {
      const current = chatRef.current;
      if (current?.id === id && !current.problem) return;
      setChat({ id, view: null, problem: null, pending: [], visitorTyping: false });
      void load(id);
    },
    dismiss: () => setChat(null),
    send(kind, body) {
      const id = chatRef.current?.id;
      if (!id) return;
      // Written while the link is down: held, not buffered by Socket.IO, so that the resend
      // after the reconnect sends it behind the replies written before it.
      const held = socket.connected ? null : 'timeout';
      const p: Pending = { clientId: newClientId(), kind, body, failed: held };
      update(id, (c) => ({ ...c, pending: [...c.pending, p] }));
      if (!held) void deliver(id, p);
    },
    retry,
    typing(conversationId, typing) {
      // A stale "typing" is worse than none: nothing is queued while the link is down.
      if (socket.connected) socket.emit('typing.set', { conversationId, typing }, () => undefined);
    },
    changed,
  };
}

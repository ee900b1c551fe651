import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationSummary } from '../protocol/conversation.ts';
import type { ChatMessage } from '../protocol/message.ts';
import { upsert, without, withMessage, withoutUnread } from './lists.ts';
import { ask, type AgentSocket, type Reply } from './socket.ts';

/** Something the agent should hear about: a chat given to them, or a visitor writing. */
export type Alert =
  | { kind: 'assigned'; conversation: ConversationSummary }
  | { kind: 'message'; conversation: ConversationSummary; message: ChatMessage };

export interface ChatLists {
  queue: ConversationSummary[];
  chats: ConversationSummary[];
  take(conversationId: string): Promise<Reply<ConversationSummary>>;
  markRead(conversationId: string, seq: number): void;
}

type Change = (list: readonly ConversationSummary[]) => ConversationSummary[];

interface Options {
  socket: AgentSocket;
  epoch: number;
  agentId: string;
  /** The chat the agent is looking at right now: its messages raise no alert. */
  focused: { readonly current: string | null };
  alert: (alert: Alert) => void;
}

/**
 * The queue and the agent's own chats, loaded whenever the server has set the tab up and
 * kept current by pushes. Pushes that land while `chat.list` is in flight are replayed on
 * its answer, so a chat assigned in that moment is not lost.
 */
export function useChatLists({ socket, epoch, agentId, focused, alert }: Options): ChatLists {
  const [queue, setQueue] = useState<ConversationSummary[]>([]);
  const [chats, setChats] = useState<ConversationSummary[]>([]);
  const chatsRef = useRef(chats);
  chatsRef.current = chats;
  const alertRef = useRef(alert);
  alertRef.current = alert;
  // Known synchronously (state lags a render), so one chat never alerts twice.
  const held = useRef(new Set<string>());
  const taking = useRef(new Set<string>());
  const inFlight = useRef<Change[] | null>(null);
  const queueAsk = useRef(0);

  const change = (fn: Change) => {
    setChats(fn);
    inFlight.current?.push(fn);
  };
  const loadQueue = async () => {
    const asked = ++queueAsk.current;
    const reply = await ask(socket, 'queue.list', {});
    // Only the latest answer counts: an earlier one may describe an older queue.
    if (reply.ok && asked === queueAsk.current) setQueue(reply.data.conversations);
  };
  const arrive = (c: ConversationSummary) => {
    const isNew = !held.current.has(c.id) && !taking.current.has(c.id);
    held.current.add(c.id);
    change((list) => upsert(list, c));
    setQueue((q) => without(q, c.id));
    if (isNew) alertRef.current({ kind: 'assigned', conversation: c });
  };
  const leave = (id: string) => {
    held.current.delete(id);
    change((list) => without(list, id));
  };

  useEffect(() => {
    if (epoch === 0) return;
    void loadQueue();
    inFlight.current = [];
    void ask(socket, 'chat.list', {}).then((reply) => {
      const replay = inFlight.current ?? [];
      inFlight.current = null;
      if (!reply.ok) return;
      const list = replay.reduce<ConversationSummary[]>((l, fn) => fn(l), reply.data.conversations);
      held.current = new Set(list.map((c) => c.id));
      setChats(list);
    });
  }, [epoch]);

  useEffect(() => {
    const onQueue = () => void loadQueue();
    const onAssigned = (c: ConversationSummary) => arrive(c);
    const onUpdated = (c: ConversationSummary) => {
      if (c.status === 'active' && c.agentId === agentId) arrive(c);
      else leave(c.id);
    };
    const onMessage = (m: ChatMessage) => {
      const chat = chatsRef.current.find((c) => c.id === m.conversationId);
      // A message told again (after a server node died) has been alerted already.
      const fresh = chat !== undefined && m.seq > chat.lastSeq;
      change((list) => withMessage(list, m));
      if (chat && fresh && m.author === 'visitor' && focused.current !== m.conversationId) {
        alertRef.current({ kind: 'message', conversation: chat, message: m });
      }
    };
    socket.on('queue.changed', onQueue);
    socket.on('conversation.assigned', onAssigned);
    socket.on('conversation.updated', onUpdated);
    socket.on('message.created', onMessage);
    return () => {
      socket.off('queue.changed', onQueue);
      socket.off('conversation.assigned', onAssigned);
      socket.off('conversation.updated', onUpdated);
      socket.off('message.created', onMessage);
    };
  }, [socket, agentId]);

  async function take(conversationId: string): Promise<Reply<ConversationSummary>> {
    taking.current.add(conversationId);
    const reply = await ask(socket, 'conversation.take', { conversationId });
    if (reply.ok) arrive(reply.data);
    else void loadQueue();
    taking.current.delete(conversationId);
    return reply;
  }

  function markRead(conversationId: string, seq: number): void {
    change((list) => withoutUnread(list, conversationId));
    // The count is already zero here; a lost receipt is corrected by the next chat.list.
    socket.emit('conversation.read', { conversationId, seq }, () => undefined);
  }

  return { queue, chats, take, markRead };
}

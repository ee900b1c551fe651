import { useEffect, useRef } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { Texts } from './i18n.ts';
import { chime, desktopNotify, titleWith } from './notify.ts';
import type { AgentSocket } from './socket.ts';
import { useAgentSocket, type AgentPresence } from './useAgentSocket.ts';
import { useChatLists, type Alert, type ChatLists } from './useChatLists.ts';
import { useOpenChat, type OpenChatControls } from './useOpenChat.ts';
import type { Page } from './usePage.ts';
import { usePageVisible } from './usePageVisible.ts';

export interface WorkspaceState {
  socket: AgentSocket;
  presence: AgentPresence;
  lists: ChatLists;
  open: OpenChatControls;
  /** The chat the agent has on screen (chats page, tab visible), or null. */
  focusedId: string | null;
}

interface Options {
  agent: AgentProfile;
  tx: Texts;
  page: Page;
  onSignedOut: () => void;
}

/**
 * Everything the signed-in console keeps live on its one socket: status, queue, chats and the
 * open conversation, plus what follows from them: read receipts for the chat on screen, the
 * unread count in the tab title, and a chime (and a desktop notification) for news elsewhere.
 */
export function useWorkspace({ agent, tx, page, onSignedOut }: Options): WorkspaceState {
  // First: its effect connects, and the later hooks' listeners are set in the same pass.
  const { socket, presence, epoch } = useAgentSocket(onSignedOut);
  const visible = usePageVisible();
  const open = useOpenChat(socket, epoch);
  const focusedId = page === 'chats' && visible ? (open.chat?.id ?? null) : null;
  const focused = useRef(focusedId);
  focused.current = focusedId;

  const announce = (alert: Alert) => {
    const { conversation } = alert;
    const who = tx.visitor(conversation.visitorCode);
    chime();
    desktopNotify(
      alert.kind === 'assigned' ? tx.newChat : tx.newMessage(conversation.visitorCode),
      alert.kind === 'assigned'
        ? `${who}: ${conversation.lastMessage?.body ?? ''}`
        : alert.message.body,
      conversation.id,
      () => {
        location.hash = '#chats';
        open.open(conversation.id);
      },
    );
  };
  const lists = useChatLists({ socket, epoch, agentId: agent.id, focused, alert: announce });

  const onScreen = lists.chats.find((c) => c.id === focusedId);
  useEffect(() => {
    if (onScreen && onScreen.unread > 0) lists.markRead(onScreen.id, onScreen.lastSeq);
  }, [onScreen?.id, onScreen?.unread, onScreen?.lastSeq]);

  const unread = lists.chats.reduce((n, c) => n + (c.id === focusedId ? 0 : c.unread), 0);
  useEffect(() => {
    document.title = titleWith(unread, tx.product);
  }, [unread, tx.product]);
  useEffect(() => () => void (document.title = tx.product), [tx.product]);

  return { socket, presence, lists, open, focusedId };
}

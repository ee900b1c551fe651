import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { QuickReply } from '../protocol/desk.ts';
import type { Language } from '../protocol/language.ts';
import { ChatList } from './ChatList.tsx';
import './chats.css';
import { ChatView } from './ChatView.tsx';
import { fetchQuickReplies } from './desk/api.ts';
import type { Texts } from './i18n.ts';
import { QueueList } from './QueueList.tsx';
import type { Failure } from './socket.ts';
import type { WorkspaceState } from './useWorkspace.ts';
import { VisitorPanel } from './VisitorPanel.tsx';

interface Props {
  lang: Language;
  tx: Texts;
  agent: AgentProfile;
  workspace: WorkspaceState;
}

/** Read each time the page shows: an admin may have just edited them on their own page. */
function useQuickReplies(): QuickReply[] {
  const [replies, setReplies] = useState<QuickReply[]>([]);
  useEffect(() => {
    void fetchQuickReplies().then((result) => {
      if (result.ok) setReplies(result.data);
    });
  }, []);
  return replies;
}

/** Queue and chats on the left, the open chat in the middle, its visitor on the right. */
export function ChatsPage({ lang, tx, agent, workspace }: Props) {
  const { lists, open, focusedId, socket } = workspace;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const quickReplies = useQuickReplies();
  const chat = open.chat;

  // A new screen, or the open chat went away (handed on) with focus in it: to the heading.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current || chat === null) headingRef.current?.focus();
    mounted.current = true;
  }, [chat === null]);

  async function take(conversationId: string): Promise<Failure | null> {
    const reply = await lists.take(conversationId);
    if (!reply.ok) return reply.problem;
    open.open(conversationId);
    return null;
  }

  return (
    <main class="chats">
      <div class="side">
        <h1 ref={headingRef} tabIndex={-1}>
          {tx.queueTitle}
        </h1>
        <QueueList tx={tx} queue={lists.queue} onTake={take} />
        <ChatList
          tx={tx}
          chats={lists.chats}
          openId={chat?.id ?? null}
          focusedId={focusedId}
          onOpen={open.open}
        />
      </div>
      {chat ? (
        <ChatView
          key={chat.id}
          lang={lang}
          tx={tx}
          agent={agent}
          socket={socket}
          chat={chat}
          controls={open}
          quickReplies={quickReplies}
        />
      ) : (
        <section class="chat-empty empty">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 6h16M4 12h16M4 18h10" />
          </svg>
          <p>{tx.pickChat}</p>
          <p>
            {tx.demoText} <a href="/">{tx.demo}</a>
          </p>
        </section>
      )}
      {chat?.view && <VisitorPanel lang={lang} tx={tx} visitor={chat.view.visitor} />}
    </main>
  );
}

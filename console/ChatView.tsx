import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { QuickReply } from '../protocol/desk.ts';
import type { Language } from '../protocol/language.ts';
import './chat-view.css';
import { AttachControls } from './AttachControls.tsx';
import { ChatOutcome } from './ChatOutcome.tsx';
import { CloseDialog } from './CloseDialog.tsx';
import { Composer } from './Composer.tsx';
import type { Texts } from './i18n.ts';
import type { AgentSocket } from './socket.ts';
import { Transcript } from './Transcript.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import { useAttachmentUpload } from './useAttachmentUpload.ts';
import type { OpenChat, OpenChatControls } from './useOpenChat.ts';

interface Props {
  lang: Language;
  tx: Texts;
  agent: AgentProfile;
  socket: AgentSocket;
  chat: OpenChat;
  controls: OpenChatControls;
  quickReplies: QuickReply[];
}

/**
 * One conversation: the transcript with notes, the visitor's typing, and, while the agent
 * holds it, the composer and the 转接 / 结束会话 actions. Once closed or handed on it stays
 * readable, and shows the visitor's rating when it arrives.
 */
export function ChatView({ lang, tx, agent, socket, chat, controls, quickReplies }: Props) {
  const [dialog, setDialog] = useState<'transfer' | 'close' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = chat.view;
  const conversation = view?.conversation;
  const held = conversation?.status === 'active' && conversation.agentId === agent.id;
  const files = useAttachmentUpload(conversation?.id ?? '');

  // The actions and the composer are gone (closed, handed on), maybe with focus in them:
  // land on the heading, once no dialog holds focus any more.
  useEffect(() => {
    if (conversation && !held && !dialog) headingRef.current?.focus();
  }, [held, dialog]);

  if (!view || !conversation) {
    return (
      <section class="chat-view">
        <p class={chat.problem ? 'alert' : 'muted'} role={chat.problem ? 'alert' : 'status'}>
          {chat.problem ? tx.failures[chat.problem] : tx.openingChat}
        </p>
      </section>
    );
  }

  return (
    <section
      class="chat-view"
      aria-labelledby="chat-title"
      onDragOver={(e) => held && e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        const dropped = [...(e.dataTransfer?.files ?? [])];
        if (!held || dropped.length === 0) return;
        e.preventDefault();
        files.send(dropped);
      }}
    >
      <header class="chat-head">
        <h2 id="chat-title" ref={headingRef} tabIndex={-1}>
          {tx.visitor(conversation.visitorCode)}
        </h2>
        {held && (
          <div class="chat-actions">
            <button type="button" class="secondary" onClick={() => setDialog('transfer')}>
              {tx.transfer}
            </button>
            <button type="button" class="secondary" onClick={() => setDialog('close')}>
              {tx.closeChat}
            </button>
          </div>
        )}
      </header>
      <Transcript
        lang={lang}
        tx={tx}
        messages={view.messages}
        notes={view.notes}
        pending={chat.pending}
        onRetry={controls.retry}
      />
      <p class="typing" role="status">
        {chat.visitorTyping && held ? tx.visitorTyping : ''}
      </p>
      {held ? (
        <>
          <AttachControls
            lang={lang}
            uploads={files.uploads}
            onFiles={files.send}
            onDismiss={files.dismiss}
          />
          <Composer
            tx={tx}
            lang={conversation.lang}
            quickReplies={quickReplies}
            onSend={controls.send}
            onTyping={(typing) => controls.typing(conversation.id, typing)}
            onFiles={files.send}
          />
        </>
      ) : (
        <ChatOutcome tx={tx} conversation={conversation} />
      )}
      {dialog === 'transfer' && (
        <TransferDialog
          lang={lang}
          tx={tx}
          agentId={agent.id}
          socket={socket}
          conversation={conversation}
          onDone={controls.dismiss}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'close' && (
        <CloseDialog
          lang={lang}
          tx={tx}
          socket={socket}
          conversation={conversation}
          onDone={(closed) => {
            setDialog(null);
            controls.changed(closed);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

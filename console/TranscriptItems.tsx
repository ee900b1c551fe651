import { Markdown } from '../widget/chat/Markdown.tsx';
import type { AgentNote } from '../protocol/conversation.ts';
import type { Language } from '../protocol/language.ts';
import type { Author, ChatMessage } from '../protocol/message.ts';
import { AttachmentItem } from './AttachmentItem.tsx';
import { timeOf } from './format.ts';
import type { Texts } from './i18n.ts';
import type { Pending } from './useOpenChat.ts';

function authorOf(tx: Texts, author: Exclude<Author, 'system'>, name?: string): string {
  if (author === 'visitor') return tx.authorVisitor;
  if (author === 'bot') return tx.authorBot;
  return name ?? tx.authorAgent;
}

/** A message as everyone saw it; bot answers show their Markdown source as plain text. */
export function MessageItem({
  lang,
  tx,
  message: m,
}: {
  lang: Language;
  tx: Texts;
  message: ChatMessage;
}) {
  if (m.author === 'system') {
    return <li class="msg system">{m.body}</li>;
  }
  return (
    <li class={`msg ${m.author}`}>
      <p class="meta">
        <span class="who">{authorOf(tx, m.author, m.authorName)}</span>{' '}
        <time dateTime={m.createdAt}>{timeOf(m.createdAt, lang)}</time>
        {m.ticketRef && <span class="note-label"> {tx.ticketReply(m.ticketRef)}</span>}
      </p>
      {m.attachment ? (
        <AttachmentItem lang={lang} messageId={m.id} file={m.attachment} />
      ) : m.author === 'bot' ? (
        // Bot answers are Markdown: the same safe renderer the visitor sees them through.
        <div class="body">
          <Markdown src={m.body} />
        </div>
      ) : (
        <p class="body">{m.body}</p>
      )}
      {m.suggestions && m.suggestions.length > 0 && (
        <ul class="msg-suggest">
          {m.suggestions.map((s) => (
            <li key={s.faqId}>{s.question}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** An internal note: marked in words and in colour, never mistaken for a reply. */
export function NoteItem({ lang, tx, note }: { lang: Language; tx: Texts; note: AgentNote }) {
  return (
    <li class="msg note">
      <p class="meta">
        <span class="note-label">{tx.internalNote}</span> <span class="who">{note.agentName}</span>{' '}
        <time dateTime={note.createdAt}>{timeOf(note.createdAt, lang)}</time>
      </p>
      <p class="body">{note.body}</p>
    </li>
  );
}

interface PendingProps {
  tx: Texts;
  pending: Pending;
  onRetry: (clientId: string) => void;
}

/** Shown the moment it is written; replaced by the stored copy when the server has it. */
export function PendingItem({ tx, pending: p, onRetry }: PendingProps) {
  return (
    <li class={`msg ${p.kind === 'note' ? 'note' : 'agent'} pending`}>
      {p.kind === 'note' && (
        <p class="meta">
          <span class="note-label">{tx.internalNote}</span>
        </p>
      )}
      <p class="body">{p.body}</p>
      <p class="state">
        {p.failed ? (
          <>
            <span class="failed">{tx.notSent(tx.failures[p.failed])}</span>{' '}
            <button type="button" class="link" onClick={() => onRetry(p.clientId)}>
              {tx.retry}
            </button>
          </>
        ) : (
          tx.sending
        )}
      </p>
    </li>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AgentNote } from '../protocol/conversation.ts';
import type { Language } from '../protocol/language.ts';
import type { ChatMessage } from '../protocol/message.ts';
import type { Texts } from './i18n.ts';
import { timeline } from './timeline.ts';
import { MessageItem, NoteItem, PendingItem } from './TranscriptItems.tsx';
import type { Pending } from './useOpenChat.ts';

interface Props {
  lang: Language;
  tx: Texts;
  messages: ChatMessage[];
  notes: AgentNote[];
  pending: Pending[];
  onRetry: (clientId: string) => void;
}

/**
 * The whole conversation as a log (new lines are announced): the bot part, the agents'
 * replies, system notices and internal notes by time, then what is still being sent.
 * Focusable, so the keyboard can scroll it.
 */
export function Transcript({ lang, tx, messages, notes, pending, onRetry }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = timeline(messages, notes);
  const count = entries.length + pending.length;

  useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <div ref={ref} class="transcript" role="log" aria-label={tx.transcript} tabIndex={0}>
      <ol>
        {entries.map((e) =>
          e.kind === 'note' ? (
            <NoteItem key={e.note.id} lang={lang} tx={tx} note={e.note} />
          ) : (
            <MessageItem key={e.message.id} lang={lang} tx={tx} message={e.message} />
          ),
        )}
        {pending.map((p) => (
          <PendingItem key={p.clientId} tx={tx} pending={p} onRetry={onRetry} />
        ))}
      </ol>
    </div>
  );
}

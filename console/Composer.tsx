import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuickReply } from '../protocol/desk.ts';
import type { Language } from '../protocol/language.ts';
import { MESSAGE_MAX_CHARS } from '../protocol/limits.ts';
import type { Texts } from './i18n.ts';
import {
  insertReply,
  matchQuickReplies,
  quickReplyQuery,
  type QuickReplyQuery,
} from './quick-replies.ts';
import { QuickReplyMenu } from './QuickReplyMenu.tsx';
import type { DraftKind } from './useOpenChat.ts';
import { useTypingSignal } from './useTypingSignal.ts';

interface Props {
  tx: Texts;
  /** The visitor's language: its quick replies come first. */
  lang: Language;
  quickReplies: QuickReply[];
  onSend: (kind: DraftKind, body: string) => void;
  onTyping: (typing: boolean) => void;
  /** Files pasted into the box (a screenshot, say): sent as attachments. */
  onFiles?: (files: File[]) => void;
}

const MENU_ID = 'quick-reply-menu';
const MODES = ['reply', 'note'] as const;

/**
 * Writes a reply or an internal note. Enter sends, Shift+Enter breaks the line, and Enter
 * that confirms an IME composition does neither. `/` and letters open the quick replies
 * (arrows move, Enter inserts, Escape closes). Only replies tell the visitor "typing".
 */
export function Composer({ tx, lang, quickReplies, onSend, onTyping, onFiles }: Props) {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<DraftKind>('reply');
  const [query, setQuery] = useState<QuickReplyQuery | null>(null);
  const [active, setActive] = useState(0);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const typing = useTypingSignal(onTyping);
  const items = query ? matchQuickReplies(quickReplies, query.query, lang) : [];
  const current = Math.min(active, items.length - 1);

  useEffect(() => boxRef.current?.focus(), []);
  // After inserting a quick reply the caret goes right behind it.
  useLayoutEffect(() => {
    if (caret.current === null) return;
    boxRef.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [text]);

  function onInput(box: HTMLTextAreaElement): void {
    setText(box.value);
    setQuery(quickReplyQuery(box.value, box.selectionStart));
    setActive(0);
    if (mode !== 'reply') return;
    if (box.value.trim()) typing.typed();
    else typing.stop();
  }

  function insert(reply: QuickReply): void {
    if (!query) return;
    const next = insertReply(text, query, reply.body);
    caret.current = next.caret;
    setText(next.text);
    setQuery(null);
  }

  function send(): void {
    const body = text.trim();
    if (!body) return;
    typing.stop();
    onSend(mode, body);
    setText('');
    setQuery(null);
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing || e.keyCode === 229) return;
    const pick = items[current];
    if (pick && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const n = items.length;
      setActive(e.key === 'ArrowDown' ? (current + 1) % n : (current - 1 + n) % n);
    } else if (pick && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setQuery(null);
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (pick) insert(pick);
      else send();
    }
  }

  return (
    <form
      class={`composer ${mode}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <fieldset class="mode-switch">
        <legend class="sr">{tx.mode}</legend>
        {MODES.map((m) => (
          <label key={m} class="mode-choice">
            <input
              type="radio"
              name="composer-mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                if (m === 'note') typing.stop();
                setMode(m);
              }}
            />
            {m === 'reply' ? tx.modeReply : tx.modeNote}
          </label>
        ))}
      </fieldset>
      {items.length > 0 && (
        <QuickReplyMenu id={MENU_ID} tx={tx} items={items} active={current} onPick={insert} />
      )}
      <div class="composer-row">
        <textarea
          ref={boxRef}
          rows={2}
          maxLength={MESSAGE_MAX_CHARS}
          aria-label={mode === 'reply' ? tx.replyInput : tx.noteInput}
          placeholder={mode === 'reply' ? tx.replyPlaceholder : tx.notePlaceholder}
          value={text}
          aria-autocomplete="list"
          aria-controls={items.length ? MENU_ID : undefined}
          aria-activedescendant={items.length ? `${MENU_ID}-${current}` : undefined}
          onInput={(e) => onInput(e.currentTarget)}
          onKeyDown={onKeyDown}
          onBlur={() => setQuery(null)}
          onPaste={(e) => {
            const files = [...(e.clipboardData?.files ?? [])];
            if (files.length === 0 || !onFiles) return;
            e.preventDefault();
            onFiles(files);
          }}
        />
        <button type="submit" class="primary" disabled={!text.trim()}>
          {mode === 'reply' ? tx.send : tx.addNote}
        </button>
      </div>
    </form>
  );
}

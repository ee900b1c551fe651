import { Component } from 'preact';
import type { FaqRef } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';
import './composer.css';
import type { Texts } from './i18n.ts';
import { loadComforts } from './lazy-comforts.ts';
import { loadFiles, sendFiles } from './lazy-files.ts';

const SUGGEST_DELAY_MS = 150;

interface Props {
  client: ChatClient;
  tx: Texts;
}

interface State {
  text: string;
  items: FaqRef[];
  /** The highlighted suggestion, -1 for none. */
  active: number;
  /** The emoji picker is open. */
  emoji?: boolean;
}

/**
 * The text box, with FAQ suggestions while typing (a listbox the arrow keys move through,
 * announced via aria-activedescendant). Enter sends, Shift+Enter breaks the line, and Enter
 * that confirms an IME composition does neither. A class, not hooks: it keeps preact/hooks
 * (1.5 KB) out of the widget's download.
 */
export class Composer extends Component<Props, State> {
  override state: State = { text: '', items: [], active: -1 };
  private asked = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refused: string | null = null;
  private picker: HTMLInputElement | null = null;

  override componentDidUpdate(): void {
    // A refused message comes back to the box, unless the visitor has typed something new.
    const { refused } = this.props.client.state;
    if (refused !== this.refused && refused !== null && !this.state.text)
      this.setState({ text: refused });
    this.refused = refused;
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.asked = '';
    this.setState({ text: '', items: [], active: -1 });
  }

  private send(body: string, faqId?: string): void {
    if (!body) return;
    this.props.client.send(body, faqId);
    this.reset();
  }

  onInput(text: string): void {
    this.setState({ text });
    this.props.client.typed(text);
    const q = text.trim();
    this.asked = q;
    clearTimeout(this.timer);
    if (q.length < 2) return this.setState({ items: [], active: -1 });
    this.timer = setTimeout(async () => {
      const items = await this.props.client.suggest(q.slice(0, 200));
      // Answers can arrive out of order: keep only the one for what is typed now.
      if (this.asked === q) this.setState({ items, active: -1 });
    }, SUGGEST_DELAY_MS);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing || e.keyCode === 229) return;
    const { items, active, text } = this.state;
    const n = items.length;
    if (n && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1;
      this.setState({ active: next });
    } else if (n && e.key === 'Escape') {
      e.stopPropagation();
      this.setState({ items: [], active: -1 });
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      const pick = items[active];
      if (pick) this.send(pick.question, pick.faqId);
      else this.send(text.trim());
    }
  }

  override render({ client, tx }: Props, { text, items, active, emoji }: State) {
    const { error } = client.state;
    const files = loadFiles();
    const picker = emoji && loadComforts(() => this.forceUpdate());
    return (
      <form
        class="composer"
        onSubmit={(e) => {
          e.preventDefault();
          this.send(text.trim());
        }}
      >
        {items.length > 0 && (
          <ul id="kefu-suggest" class="suggest" role="listbox" aria-label={tx.suggested}>
            {items.map((s, i) => (
              <li
                key={s.faqId}
                id={`kefu-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => this.send(s.question, s.faqId)}
              >
                {s.question}
              </li>
            ))}
          </ul>
        )}
        {error && (
          <p class="error" role="alert">
            {tx[error]}
          </p>
        )}
        {files && <files.Uploads client={client} />}
        {picker && <picker.EmojiPicker composer={this} />}
        <div class="row">
          {client.attachments?.kinds.length !== 0 && (
            <button
              type="button"
              class="attach"
              aria-label={tx.attach}
              onClick={() => this.picker?.click()}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="m20 11-8 8a5 5 0 0 1-7-7l8-8a3.5 3.5 0 0 1 5 5l-8 8a2 2 0 0 1-3-3l7-7" />
              </svg>
            </button>
          )}
          <input
            type="file"
            multiple
            hidden
            ref={(el) => void (this.picker = el)}
            onChange={(e) => {
              sendFiles(client, e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <button
            type="button"
            class="attach"
            aria-label={tx.emoji}
            aria-expanded={!!emoji}
            onClick={() => this.setState({ emoji: !emoji })}
          >
            😊
          </button>
          <textarea
            rows={1}
            aria-label={tx.input}
            placeholder={tx.placeholder}
            value={text}
            aria-autocomplete="list"
            aria-controls={items.length ? 'kefu-suggest' : undefined}
            aria-activedescendant={active >= 0 ? `kefu-opt-${active}` : undefined}
            onInput={(e) => this.onInput(e.currentTarget.value)}
            onKeyDown={(e) => this.onKeyDown(e)}
            onPaste={(e) => sendFiles(client, e.clipboardData?.files) && e.preventDefault()}
          />
          <button type="submit" class="send" aria-label={tx.send} disabled={!text.trim()}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M3 20.5 21 12 3 3.5l2.5 8.5L3 20.5Zm2.5-8.5H13" />
            </svg>
          </button>
        </div>
      </form>
    );
  }
}

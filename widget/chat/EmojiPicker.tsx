import { Component } from 'preact';
import type { Composer } from './Composer.tsx';
import { COLUMNS, emojiList, insertAt, moveIn } from './emoji.ts';

interface Props {
  /** The composer that opened it (passed whole, to keep the chat's main chunk small). */
  composer: Composer;
}

/**
 * A grid of emoji buttons with one tab stop: the arrow keys (and Home/End) move through it,
 * Enter or a click puts the emoji at the text box's caret and closes it, Esc closes it and
 * gives the focus back to the button that opened it.
 */
export class EmojiPicker extends Component<Props> {
  private opener: Element | null = null;
  private grid: HTMLDivElement | null = null;
  private focused = 0;

  override componentDidMount(): void {
    this.opener = document.activeElement;
    this.focus(0);
  }

  private focus(index: number): void {
    const buttons = this.grid?.querySelectorAll('button');
    buttons?.[this.focused]?.setAttribute('tabindex', '-1');
    this.focused = index;
    buttons?.[index]?.setAttribute('tabindex', '0');
    buttons?.[index]?.focus();
  }

  private close(): void {
    this.props.composer.setState({ emoji: false });
  }

  private pick(emoji: string): void {
    const { composer } = this.props;
    // The composer's own text box: the picker is drawn inside its form.
    const box = this.grid?.closest('form')?.querySelector('textarea');
    if (!box) return;
    const { text, caret } = insertAt(box.value, box.selectionStart, box.selectionEnd, emoji);
    composer.onInput(text);
    this.close();
    // After the redraw, which sets the box's value and would leave the caret at the end.
    setTimeout(() => {
      box.focus();
      box.setSelectionRange(caret, caret);
    });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close();
      if (this.opener instanceof HTMLElement) this.opener.focus();
      return;
    }
    const count = this.grid?.querySelectorAll('button').length ?? 0;
    const to = moveIn(this.focused, e.key, count);
    if (to === null) return;
    e.preventDefault();
    this.focus(to);
  }

  override render({ composer }: Props) {
    const { client, tx } = composer.props;
    return (
      <div
        class="emoji"
        role="group"
        aria-label={tx.emoji}
        ref={(el) => void (this.grid = el)}
        style={{ gridTemplateColumns: `repeat(${COLUMNS}, 1fr)` }}
        onKeyDown={(e) => this.onKeyDown(e)}
      >
        {emojiList(client.lang).map(({ char, name }, i) => (
          <button
            key={char}
            type="button"
            tabIndex={i === 0 ? 0 : -1}
            aria-label={name}
            title={name}
            onClick={() => this.pick(char)}
          >
            {char}
          </button>
        ))}
      </div>
    );
  }
}

/** While typing, "still typing" goes out at most this often, so the agent's indicator stays on. */
export const REPEAT_MS = 2000;
/** This long without a keystroke counts as having stopped. */
export const IDLE_MS = 3000;

/**
 * Turns keystrokes into few `typing.set` signals: true on the first keystroke and again at most
 * every REPEAT_MS while typing continues, false after IDLE_MS without one or when the message
 * is sent (stop). A false is sent only after a true.
 */
export class TypingSignal {
  private typing = false;
  private sentAt = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly emit: (typing: boolean) => void,
    private readonly now: () => number = Date.now,
  ) {}

  input(): void {
    const at = this.now();
    if (!this.typing || at - this.sentAt >= REPEAT_MS) {
      this.typing = true;
      this.sentAt = at;
      this.emit(true);
    }
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), IDLE_MS);
  }

  stop(): void {
    clearTimeout(this.idle);
    if (!this.typing) return;
    this.typing = false;
    this.emit(false);
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, REPEAT_MS, TypingSignal } from '../../../widget/chat/typing.ts';

describe('the typing signal the agent sees', () => {
  let sent: boolean[];
  let signal: TypingSignal;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    signal = new TypingSignal((typing) => sent.push(typing));
  });
  afterEach(() => vi.useRealTimers());

  it('says "typing" once for a burst of keystrokes, and again while typing goes on', () => {
    for (let i = 0; i < 10; i++) {
      signal.input();
      vi.advanceTimersByTime(100);
    }
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(REPEAT_MS);
    signal.input();
    expect(sent).toEqual([true, true]);
  });

  it('says "stopped" after a pause without keystrokes', () => {
    signal.input();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([true, false]);
  });

  it('says "stopped" at once when the message is sent, and only after "typing"', () => {
    signal.stop();
    expect(sent).toEqual([]);
    signal.input();
    signal.stop();
    vi.advanceTimersByTime(IDLE_MS);
    expect(sent).toEqual([true, false]);
  });
});

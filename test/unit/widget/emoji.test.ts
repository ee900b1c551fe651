import { describe, expect, it } from 'vitest';
import { COLUMNS, emojiList, insertAt, moveIn } from '../../../widget/chat/emoji.ts';

describe('the emoji list', () => {
  it('has a few dozen everyday emoji, each named in both languages', () => {
    const zh = emojiList('zh-CN');
    const en = emojiList('en');
    expect(zh.length).toBeGreaterThanOrEqual(60);
    expect(zh.length).toBeLessThanOrEqual(80);
    expect(new Set(zh.map((e) => e.char)).size).toBe(zh.length);
    expect(zh.find((e) => e.char === '👍')?.name).toBe('赞');
    expect(en.find((e) => e.char === '👍')?.name).toBe('thumbs up');
    for (const e of [...zh, ...en]) {
      expect(e.char).toMatch(/^\p{Extended_Pictographic}\uFE0F?$/u);
      expect(e.name).not.toBe('');
    }
  });
});

describe('inserting at the caret', () => {
  it('puts the emoji where the caret is and moves the caret past it', () => {
    expect(insertAt('thanks!', 6, 6, '😊')).toEqual({ text: 'thanks😊!', caret: 8 });
    expect(insertAt('', 0, 0, '👍')).toEqual({ text: '👍', caret: 2 });
  });

  it('replaces a selection', () => {
    expect(insertAt('I am sad today', 5, 8, '😢')).toEqual({ text: 'I am 😢 today', caret: 7 });
  });
});

describe('moving through the grid with the keys', () => {
  const count = 20; // two full rows of 8 and one of 4

  it('moves one step across and one row up and down', () => {
    expect(moveIn(0, 'ArrowRight', count)).toBe(1);
    expect(moveIn(9, 'ArrowLeft', count)).toBe(8);
    expect(moveIn(3, 'ArrowDown', count)).toBe(3 + COLUMNS);
    expect(moveIn(11, 'ArrowUp', count)).toBe(3);
  });

  it('stays put at the edges', () => {
    expect(moveIn(0, 'ArrowLeft', count)).toBe(0);
    expect(moveIn(19, 'ArrowRight', count)).toBe(19);
    expect(moveIn(2, 'ArrowUp', count)).toBe(2);
    expect(moveIn(13, 'ArrowDown', count)).toBe(13);
  });

  it('goes to the row’s start and end with Home and End, the last row being short', () => {
    expect(moveIn(12, 'Home', count)).toBe(8);
    expect(moveIn(12, 'End', count)).toBe(15);
    expect(moveIn(17, 'End', count)).toBe(19);
  });

  it('leaves other keys to others', () => {
    expect(moveIn(4, 'Enter', count)).toBeNull();
    expect(moveIn(4, 'a', count)).toBeNull();
  });
});

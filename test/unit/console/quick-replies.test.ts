import { describe, expect, it } from 'vitest';
import { insertReply, matchQuickReplies, quickReplyQuery } from '../../../console/quick-replies.ts';
import type { QuickReply } from '../../../protocol/index.ts';

const reply = (id: string, lang: QuickReply['lang'], shortcut: string, body: string, sort = 0) => ({
  id,
  lang,
  shortcut,
  body,
  sort,
});

const ALL: QuickReply[] = [
  reply('hello-en', 'en', 'hello', 'Hello, how can I help you today?', 10),
  reply('nihao', 'zh-CN', 'nihao', '您好，请问有什么可以帮到您？', 10),
  reply('wait', 'zh-CN', 'shaodeng', '对不起，请稍等，我为您查询一下。', 20),
  reply('hi', 'zh-CN', 'hi', '嗨，您好', 30),
];

describe('quickReplyQuery', () => {
  it('opens on a / at the start or after a space, up to the caret', () => {
    expect(quickReplyQuery('/ni', 3)).toEqual({ start: 0, query: 'ni' });
    expect(quickReplyQuery('好的 /sh', 6)).toEqual({ start: 3, query: 'sh' });
    expect(quickReplyQuery('/', 1)).toEqual({ start: 0, query: '' });
  });

  it('stays closed inside a URL or a word', () => {
    expect(quickReplyQuery('see https://a.b/x', 17)).toBeNull();
    expect(quickReplyQuery('and/or', 6)).toBeNull();
    expect(quickReplyQuery('/ni hao', 7)).toBeNull();
  });
});

describe('matchQuickReplies', () => {
  it('finds by shortcut or text, the visitor’s language first, then shortcut prefixes', () => {
    expect(matchQuickReplies(ALL, 'h', 'zh-CN').map((r) => r.id)).toEqual([
      'hi',
      'nihao',
      'wait',
      'hello-en',
    ]);
    expect(matchQuickReplies(ALL, 'h', 'en').map((r) => r.id)[0]).toBe('hello-en');
    expect(matchQuickReplies(ALL, '稍等', 'zh-CN').map((r) => r.id)).toEqual(['wait']);
    expect(matchQuickReplies(ALL, 'HELLO', 'en').map((r) => r.id)).toEqual(['hello-en']);
    expect(matchQuickReplies(ALL, 'zzz', 'en')).toEqual([]);
  });
});

describe('insertReply', () => {
  it('replaces the /word with the reply and puts the caret after it', () => {
    const text = '好的 /ni 谢谢';
    const at = quickReplyQuery(text, 6)!;
    expect(insertReply(text, at, '您好')).toEqual({ text: '好的 您好 谢谢', caret: 5 });
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import {
  DEFAULT_HANDOFF_PHRASES,
  HandoffPhrases,
} from '../../server/services/bot/handoff-phrases.ts';

const builtIn = new HandoffPhrases();

describe('HandoffPhrases', () => {
  it.each([...DEFAULT_HANDOFF_PHRASES])('matches the built-in phrase "%s"', (phrase) => {
    expect(builtIn.matches(phrase)).toBe(true);
  });

  it.each([
    '人工！',
    '  转人工  ',
    '轉人工',
    'ＡＧＥＮＴ',
    'Human?',
    '我要人工',
    '请帮我转人工',
    '麻烦转人工客服，谢谢',
    '人工客服在吗',
    '您好，我想找客服',
    'please, an agent',
    'Can I talk to a person?',
    "I'd like to speak to someone, please",
    'connect me to a live agent now',
    'I want a real person',
  ])('matches "%s" after normalising and peeling fillers', (text) => {
    expect(builtIn.matches(text)).toBe(true);
  });

  it.each([
    'how do I become a sales agent?',
    'agent login does not work',
    'is a human checking my order',
    '人工客服几点上班？',
    '人工智能',
    '我要退货',
    'please',
    '请',
    '',
  ])('leaves "%s" to the FAQ', (text) => {
    expect(builtIn.matches(text)).toBe(false);
  });

  it('uses only the given phrases when configured', () => {
    const custom = new HandoffPhrases(['找小二', 'Operator']);
    expect(custom.matches('请找小二！')).toBe(true);
    expect(custom.matches('OPERATOR please')).toBe(true);
    expect(custom.matches('人工')).toBe(false);
  });
});

describe('KEFU_HANDOFF_PHRASES', () => {
  it('defaults to the built-in list and replaces it when set', () => {
    expect(loadConfig({}).handoffPhrases).toEqual(DEFAULT_HANDOFF_PHRASES);
    const set = loadConfig({ KEFU_HANDOFF_PHRASES: ' 找小二 , operator,, ' });
    expect(set.handoffPhrases).toEqual(['找小二', 'operator']);
  });

  it.each(['', ' , ', '!!!, ？'])('refuses %j, which names no phrase', (value) => {
    expect(() => loadConfig({ KEFU_HANDOFF_PHRASES: value })).toThrow(ConfigError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  EMPTY_NOTICE,
  EMPTY_RULE,
  isoTime,
  localTime,
  noticeInput,
  noticeState,
  ruleInput,
} from '../../../console/page-help/draft.ts';
import { fieldOf } from '../../../console/page-help/useSaver.ts';

describe('page help drafts', () => {
  it('round-trips a time through the datetime-local box', () => {
    const iso = '2025-03-01T08:30:00.000Z';
    expect(isoTime(localTime(iso))).toBe(iso);
    expect(isoTime('')).toBeNull();
    expect(localTime(null)).toBe('');
  });

  it('says whether a notice is live, scheduled or ended', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    const at = (iso: string) => localTime(iso);
    expect(noticeState(EMPTY_NOTICE, now)).toBe('live');
    expect(noticeState({ ...EMPTY_NOTICE, startsAt: at('2025-03-02T00:00:00Z') }, now)).toBe(
      'scheduled',
    );
    expect(noticeState({ ...EMPTY_NOTICE, endsAt: at('2025-03-01T11:00:00Z') }, now)).toBe('ended');
  });

  it('sends empty links and times as none, and no bubble while it is switched off', () => {
    expect(noticeInput({ ...EMPTY_NOTICE, zh: '公告', link: ' ' })).toEqual({
      text: { 'zh-CN': '公告', en: '' },
      link: null,
      startsAt: null,
      endsAt: null,
    });
    const rule = { ...EMPTY_RULE, pattern: '/x*', bubbleZh: '你好' };
    expect(ruleInput(rule).bubble).toBeNull();
    expect(ruleInput({ ...rule, bubble: true, afterSeconds: '5' }).bubble).toEqual({
      text: { 'zh-CN': '你好', en: '' },
      afterSeconds: 5,
    });
  });

  it('finds the box a refusal names', () => {
    expect(fieldOf(['notices', '0', 'link'])).toBe('notices-0-link');
    expect(fieldOf(['notices', '2', 'text'])).toBe('notices-2-zh');
    expect(fieldOf(['rules', '1', 'bubble', 'afterSeconds'])).toBe('rules-1-afterSeconds');
    expect(fieldOf(['rules', '1', 'bubble', 'text'])).toBe('rules-1-bubbleZh');
    expect(fieldOf(['version'])).toBeNull();
  });
});

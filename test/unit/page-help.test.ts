import { describe, expect, it } from 'vitest';
import { FaqIndex } from '../../knowledge/index.ts';
import { helpRuleFor, type HelpRule, type Notice } from '../../protocol/index.ts';
import { helpConfig, isLive, liveNotices } from '../../server/services/page-help/config.ts';
import { FIXTURE_FAQ } from '../helpers/server.ts';

const rule = (id: string, pattern: string, faqIds: string[] = []): HelpRule => ({
  id,
  pattern,
  greeting: { 'zh-CN': '', en: '' },
  faqIds,
  bubble: null,
  open: false,
});

describe('helpRuleFor', () => {
  const rules = [
    rule('checkout', '/checkout*'),
    rule('sale', '/*?promo=*'),
    rule('everything', '/*'),
  ];
  const pick = (url: string) => helpRuleFor(rules, url)?.id;

  it('takes the first rule in the admin’s order that matches', () => {
    expect(pick('https://shop.example.com/checkout/pay')).toBe('checkout');
    expect(pick('https://shop.example.com/Checkout?promo=spring')).toBe('checkout');
    expect(pick('https://shop.example.com/shoes?promo=spring')).toBe('sale');
    expect(pick('https://shop.example.com/shoes')).toBe('everything');
  });

  it('finds nothing when no rule matches, or for something that is no address', () => {
    expect(helpRuleFor(rules.slice(0, 2), 'https://shop.example.com/shoes')).toBeUndefined();
    expect(helpRuleFor(rules, 'not a url')).toBeUndefined();
  });
});

const notice = (id: string, createdAt: string, times: Partial<Notice> = {}): Notice => ({
  id,
  text: { 'zh-CN': id, en: id },
  link: null,
  startsAt: null,
  endsAt: null,
  createdAt,
  ...times,
});

describe('notice liveness', () => {
  const timed = notice('timed', '2025-03-01T00:00:00Z', {
    startsAt: '2025-03-01T09:00:00Z',
    endsAt: '2025-03-01T18:00:00Z',
  });

  it('is live from its start until before its end', () => {
    expect(isLive(timed, new Date('2025-03-01T08:59:59Z'))).toBe(false);
    expect(isLive(timed, new Date('2025-03-01T09:00:00Z'))).toBe(true);
    expect(isLive(timed, new Date('2025-03-01T17:59:59Z'))).toBe(true);
    expect(isLive(timed, new Date('2025-03-01T18:00:00Z'))).toBe(false);
  });

  it('shows the live ones newest first, three at most', () => {
    const notices = [
      notice('a', '2025-03-01T01:00:00Z'),
      notice('b', '2025-03-01T04:00:00Z'),
      timed,
      notice('c', '2025-03-01T03:00:00Z'),
      notice('d', '2025-03-01T02:00:00Z'),
    ];
    const ids = (at: string) => liveNotices(notices, new Date(at)).map((n) => n.id);
    expect(ids('2025-03-01T08:00:00Z')).toEqual(['b', 'c', 'd']);
    expect(ids('2025-03-01T10:00:00Z')).toEqual(['b', 'c', 'd']);
    expect(liveNotices([timed, notices[0]!], new Date('2025-03-01T10:00:00Z'))).toEqual([
      { id: 'a', text: { 'zh-CN': 'a', en: 'a' }, link: null },
      { id: 'timed', text: { 'zh-CN': 'timed', en: 'timed' }, link: null },
    ]);
  });
});

describe('helpConfig', () => {
  it('resolves FAQ ids to their questions and drops the ones that no longer exist', () => {
    const faq = new FaqIndex(FIXTURE_FAQ);
    const [config] = helpConfig([rule('x', '/*', ['gone', 'shipping.zh', 'return.en'])], faq);
    expect(config).toEqual({
      pattern: '/*',
      greeting: { 'zh-CN': '', en: '' },
      faqs: [
        { id: 'shipping.zh', question: '下单后多久发货？', lang: 'zh-CN' },
        { id: 'return.en', question: 'How do I return an item?', lang: 'en' },
      ],
      bubble: null,
      open: false,
    });
  });
});

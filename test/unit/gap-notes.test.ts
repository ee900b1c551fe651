import { describe, expect, it } from 'vitest';
import { FaqIndex } from '../../knowledge/index.ts';
import { botReply } from '../../server/services/bot/reply.ts';
import { replyGap } from '../../server/services/faq/gaps/note.ts';
import { FIXTURE_FAQ } from '../helpers/server.ts';

const faq = new FaqIndex(FIXTURE_FAQ);
const gapOf = (text: string, picked?: string) => replyGap(botReply(faq, text, picked, 'zh-CN'));

describe('what a bot reply says about the question it answers', () => {
  it('a question the bot found nothing for is unanswered', () => {
    expect(gapOf('你们支持货到付款吗')).toEqual({ reason: 'unanswered', faqId: null });
  });

  it('a question it only had suggestions for is unsure, about the first suggestion', () => {
    const reply = botReply(faq, '退款退货', undefined, 'zh-CN');
    expect(reply.kind).toBe('suggestions');
    expect(replyGap(reply)).toEqual({
      reason: 'unsure',
      faqId: reply.payload.suggestions?.[0]?.faqId,
    });
  });

  it('an answer, matched or picked from the suggestions, is no gap (a 👎 may make it one)', () => {
    expect(gapOf('我想退货')).toBeUndefined();
    expect(gapOf('退款退货', 'refund-time.zh')).toBeUndefined();
  });
});

import type { FaqEntry } from '../../../knowledge/index.ts';

const entry = (
  id: string,
  question: string,
  similar: string[] = [],
  keywords: string[] = [],
): FaqEntry => ({
  id,
  question,
  similar,
  keywords,
  answer: `answer of ${id}`,
});

/** A small shop FAQ in both languages, with two entries that share the word 订单. */
export const FIXTURE: FaqEntry[] = [
  entry('refund', '如何申请退款', ['怎么退款', '退款流程是什么']),
  entry('shipping', '下单后多久发货', ['什么时候发货', '几天能发货']),
  entry('password', '忘记登录密码怎么办', ['怎么重置密码', '密码找回']),
  entry('cancel-order', '怎样取消订单', ['订单不想要了能取消吗']),
  entry('change-order', '怎样修改订单', ['订单下错了能改吗']),
  entry('invoice', '可以开发票吗', ['怎么开具发票'], ['增值税发票']),
  entry('en-reset', 'How do I reset my password?', ['I forgot my password']),
  entry('en-delivery', 'When will my parcel be delivered?', ['Where is my parcel?']),
  entry('en-card', 'How do I activate my new card?', ['Activate card']),
];

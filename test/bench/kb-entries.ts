import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';

/**
 * A deterministic knowledge base of a big shop, as departments would fill it in: half
 * Chinese, half English; each entry a question about one topic and one product, three
 * similar questions, two keywords, a category, a department and a Markdown answer.
 */
const TOPICS = [
  ['退货', 'return', 'returns'],
  ['退款', 'refund', 'returns'],
  ['换货', 'exchange', 'returns'],
  ['发货', 'shipping', 'shipping'],
  ['物流查询', 'tracking', 'shipping'],
  ['开发票', 'invoice', 'invoices'],
  ['保修', 'warranty', 'after-sales'],
  ['维修', 'repair', 'after-sales'],
  ['上门安装', 'installation', 'after-sales'],
  ['分期付款', 'instalment plan', 'payment'],
  ['优惠券', 'coupon', 'payment'],
  ['积分兑换', 'points redemption', 'membership'],
  ['会员折扣', 'member discount', 'membership'],
  ['价格保护', 'price protection', 'orders'],
  ['预售订单', 'pre-order', 'orders'],
  ['修改地址', 'address change', 'orders'],
  ['以旧换新', 'trade-in', 'orders'],
  ['礼品包装', 'gift wrapping', 'orders'],
  ['发票抬头修改', 'invoice correction', 'invoices'],
  ['账号绑定', 'account linking', 'account'],
] as const;

const PRODUCTS = [
  ['手机', 'phone'],
  ['笔记本电脑', 'laptop'],
  ['蓝牙耳机', 'earbuds'],
  ['冰箱', 'fridge'],
  ['洗衣机', 'washing machine'],
  ['空调', 'air conditioner'],
  ['电视', 'TV'],
  ['平板', 'tablet'],
  ['相机', 'camera'],
  ['智能手表', 'smartwatch'],
  ['跑步鞋', 'running shoes'],
  ['羽绒服', 'down jacket'],
  ['床垫', 'mattress'],
  ['沙发', 'sofa'],
  ['咖啡机', 'coffee machine'],
  ['扫地机器人', 'robot vacuum'],
  ['电饭煲', 'rice cooker'],
  ['婴儿车', 'stroller'],
  ['自行车', 'bicycle'],
  ['行李箱', 'suitcase'],
  ['路由器', 'router'],
  ['打印机', 'printer'],
  ['显示器', 'monitor'],
  ['机械键盘', 'keyboard'],
  ['空气净化器', 'air purifier'],
] as const;

/** Per intent: the question, then three other ways to ask it; {p} is the product, {t} the topic. */
const ZH = [
  ['{p}怎么申请{t}？', '{p}{t}流程是什么', '我想给{p}办{t}', '{p}能不能{t}'],
  ['{p}{t}需要多长时间？', '{p}{t}要几天', '{p}{t}多久能好', '{p}的{t}什么时候完成'],
  ['{p}{t}要收费吗？', '{p}{t}需要付钱吗', '{p}{t}有没有手续费', '{p}{t}是免费的吗'],
  ['{p}{t}失败了怎么办？', '{p}{t}一直不成功', '为什么{p}{t}失败', '{p}{t}提示错误'],
  ['在哪里查看{p}{t}的进度？', '{p}{t}进度怎么查', '{p}{t}到哪一步了', '查询{p}{t}状态'],
  ['{p}{t}可以取消吗？', '怎么取消{p}{t}', '{p}{t}不想办了', '撤销{p}{t}申请'],
  ['{p}{t}需要准备什么材料？', '{p}{t}要什么资料', '{p}{t}需要哪些凭证', '办{p}{t}要带什么'],
  ['{p}{t}有什么规则？', '{p}{t}政策是什么', '{p}{t}有哪些条件', '{p}{t}有什么限制'],
  ['{p}{t}提交后还能修改吗？', '{p}{t}信息填错了', '更改{p}{t}内容', '{p}{t}申请能改吗'],
  ['节假日{p}{t}正常处理吗？', '周末能办{p}{t}吗', '春节期间{p}{t}', '放假{p}{t}会延迟吗'],
];
const EN = [
  [
    'How do I request a {t} for my {p}?',
    '{t} process for a {p}',
    'I want a {t} for my {p}',
    'Can I get a {t} on my {p}?',
  ],
  [
    'How long does a {p} {t} take?',
    'How many days for a {p} {t}',
    'When will my {p} {t} be done?',
    '{p} {t} time',
  ],
  [
    'Is there a fee for a {p} {t}?',
    'Do I pay for a {p} {t}?',
    'Is the {p} {t} free?',
    '{p} {t} charges',
  ],
  [
    'What if my {p} {t} fails?',
    '{p} {t} keeps failing',
    'Why did my {p} {t} not work?',
    '{p} {t} error',
  ],
  [
    'Where can I track my {p} {t}?',
    '{p} {t} status',
    'How far along is my {p} {t}?',
    'Check the progress of my {p} {t}',
  ],
  [
    'Can I cancel a {p} {t}?',
    'How to cancel my {p} {t}',
    'I no longer want the {p} {t}',
    'Withdraw a {p} {t} request',
  ],
  [
    'What documents do I need for a {p} {t}?',
    '{p} {t} paperwork',
    'Which receipts for a {p} {t}?',
    'What to bring for a {p} {t}',
  ],
  [
    'What are the rules for a {p} {t}?',
    '{p} {t} policy',
    '{p} {t} conditions',
    'Limits on a {p} {t}',
  ],
  [
    'Can I change my {p} {t} after sending it?',
    'I made a mistake in my {p} {t}',
    'Edit a {p} {t} request',
    'Update my {p} {t} details',
  ],
  [
    'Is {p} {t} handled on holidays?',
    '{p} {t} at the weekend',
    'Will a holiday delay my {p} {t}?',
    '{p} {t} during the New Year break',
  ],
];

function entry(n: number, zh: boolean): FaqImportEntry {
  const intents = zh ? ZH : EN;
  const intent = intents[n % intents.length]!;
  const topic = TOPICS[Math.floor(n / intents.length) % TOPICS.length]!;
  const product = PRODUCTS[Math.floor(n / (intents.length * TOPICS.length)) % PRODUCTS.length]!;
  const [t, p] = zh ? [topic[0], product[0]] : [topic[1], product[1]];
  const [question = '', ...similar] = intent.map((s) =>
    s.replaceAll('{p}', p).replaceAll('{t}', t),
  );
  const answer = zh
    ? `${p}${t}：请在「我的订单」中找到该订单，点 **${t}** 按提示操作，一般 1–3 个工作日处理完毕。\n\n- 详情见[帮助中心](https://shop.example.com/help/${n})\n- 仍有疑问请回复“人工”`
    : `${p} ${t}: open **My orders**, choose the order and follow the ${t} steps; most are handled within 1–3 working days.\n\n- Details in the [help centre](https://shop.example.com/help/${n})\n- Still stuck? Reply "agent"`;
  return {
    id: `kb-${n}.${zh ? 'zh-CN' : 'en'}`,
    lang: zh ? 'zh-CN' : 'en',
    question,
    similar,
    keywords: [t, p],
    answer,
    category: `${topic[0]} / ${topic[1]}`,
    department: topic[2],
    status: 'published',
  };
}

/** `size` distinct entries (at most 10,000), alternating Chinese and English. */
export function shopKb(size: number): FaqImportEntry[] {
  return Array.from({ length: size }, (_, i) => entry(Math.floor(i / 2), i % 2 === 0));
}

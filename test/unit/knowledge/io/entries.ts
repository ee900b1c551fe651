import type { FaqImportEntry } from '../../../../protocol/schemas/faq-admin.ts';

/** Entries that exercise every column: lists, line breaks, commas and quotes, nulls, a draft. */
export const ENTRIES: FaqImportEntry[] = [
  {
    id: 'return.zh-CN',
    lang: 'zh-CN',
    question: '怎么申请退货？',
    similar: ['退货流程是什么', '我想退货'],
    keywords: ['退货', '退款'],
    answer: '步骤：\n1. 打开「我的订单」\n2. 点 **申请退货**，填写原因，"无理由"也可以。',
    category: '售后 / After-sales',
    department: 'returns',
    status: 'published',
  },
  {
    id: 'card:activate',
    lang: 'en',
    question: 'How do I activate my card, please?',
    similar: ['activate card', 'my card does not work yet'],
    keywords: [],
    answer: 'Open [Cards](https://example.com/cards), then tap "Activate".',
    category: null,
    department: null,
    status: 'draft',
  },
  {
    id: '1001',
    lang: null,
    question: 'WiFi 密码',
    similar: [],
    keywords: ['WiFi'],
    answer: '贴在收银台。',
    category: null,
    department: null,
    status: 'published',
  },
];

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

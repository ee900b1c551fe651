import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { COLUMNS, FAQ_FIELDS, type FaqField } from './columns.ts';

/** The template's one example row: replace it with the department's own entries. */
export const TEMPLATE_EXAMPLE: FaqImportEntry = {
  id: 'return-policy.zh-CN',
  lang: 'zh-CN',
  question: '怎么申请退货？',
  similar: ['退货流程是什么', '我想退货', '买的东西不想要了怎么退'],
  keywords: ['退货', '退款'],
  answer: '在「我的订单」里找到该订单，点 **申请退货**。签收后 7 天内可无理由退货。',
  category: '售后 / After-sales',
  department: 'returns',
  status: 'published',
};

/** Per column: what goes in it, in Chinese and in English. */
const COLUMN_NOTES: Record<FaqField, [string, string]> = {
  id: [
    '必填。每条问答的唯一编号：字母、数字和 _ . : -，最多 128 个字符。编号已存在则更新那一条，否则新建。',
    'Required. A unique id per entry: letters, digits and _ . : - (up to 128). An existing id updates that entry; a new one creates it.',
  ],
  lang: [
    '选填。zh-CN（中文）或 en（英文）；留空表示不限语言。',
    'Optional. zh-CN (Chinese) or en (English); empty for any language.',
  ],
  question: [
    '必填。客户会怎么问，最多 300 个字符。',
    'Required. The question as customers ask it, up to 300 characters.',
  ],
  similar: [
    '选填。同一个问题的其他问法，每行一个（单元格内换行：Alt+Enter）或用 | 分隔，最多 200 个。',
    'Optional. Other ways to ask the same question: one per line (Alt+Enter in a cell) or separated by |, up to 200.',
  ],
  keywords: [
    '选填。每行一个或用 | 分隔，最多 50 个，每个最多 50 个字符。',
    'Optional. One per line or separated by |; up to 50, each up to 50 characters.',
  ],
  answer: [
    '必填。机器人的回答，可用 Markdown（链接、列表、加粗、图片链接），最多 10000 个字符。',
    "Required. The bot's answer in Markdown (links, lists, bold, images by URL), up to 10,000 characters.",
  ],
  category: [
    '选填。例如「售后 / After-sales」，最多 60 个字符。',
    'Optional. For example "售后 / After-sales", up to 60 characters.',
  ],
  department: [
    '选填。转人工时接待的部门编号，例如 returns，最多 64 个字符。',
    'Optional. The id of the department that takes the chat when the visitor asks for a person, e.g. returns; up to 64 characters.',
  ],
  status: [
    '选填。published（发布，默认）或 draft（草稿：保存但机器人不用它回答）。',
    'Optional. published (the default) or draft (kept, but the bot does not answer with it).',
  ],
};

/** The XLSX template's second sheet: a row per column, then the rules for the whole sheet. */
export const TEMPLATE_INSTRUCTIONS = {
  sheet: '说明 Instructions',
  rows: [
    ['列 Column', '说明', 'Notes'],
    ...FAQ_FIELDS.map((field) => [COLUMNS[field].header, ...COLUMN_NOTES[field]]),
    [
      '',
      '第 1 行是列标题，请保留；列的顺序可以调整，标题写中文或英文都可以，其他列会被忽略。',
      'Row 1 holds the column headers: keep it. Columns may come in any order, headers in Chinese or English; other columns are ignored.',
    ],
    [
      '',
      '每行一条问答。导入时先预览新增、修改、未变和有问题的行（附原因）；只要有一行有问题，就什么都不导入。',
      'One entry per row. An import first shows which rows are new, changed, unchanged or invalid (with the reason); if any row is invalid, nothing is imported.',
    ],
  ],
} as const;

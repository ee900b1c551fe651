import type { GapReason } from '../../../protocol/gaps.ts';
import type { Language } from '../../../protocol/language.ts';
import { enGapTexts } from './i18n-en.ts';

/** The 知识缺口 view's strings; the rest comes from the knowledge base's own table. */
const zh = {
  intro:
    '机器人没答上、只给了建议、答案被点 👎，或访客随即要求转人工的问题都记在这里，相似的问法归为一组。把一组做成新问答，或加入已有问答的相似问法，机器人下次就能回答。',
  empty: '目前没有待处理的问题。',
  questions: '本组的问法（取消勾选的问法不处理，留在列表中）',
  newEntry: '新建条目',
  attach: '加入相似问法',
  dismiss: '忽略',
  attachLegend: '加入哪条问答',
  searchEntries: '搜索问答',
  searchRun: '搜索',
  searching: '正在搜索…',
  noResults: '没有找到问答。',
  attachConfirm: '加入',
  cancel: '取消',
  pickEntry: '请选择一条问答。',
  noneTicked: '请至少勾选一个问法。',
  rebased: '这条问答刚被其他管理员修改过：问法已加入最新版本，对方的修改都保留了。',
  alreadyHandled: '这些问题已被其他管理员处理，列表已刷新。',
  editorTitle: '从知识缺口新建问答',
  editorIntro: '问题和相似问法已按这一组填好；写好答案后创建，这组问题就会从列表中移除。',
  createAndResolve: '创建并处理这组问题',
  createAnyway: '仍然创建这条问答',
  settledMeanwhile:
    '这组问题刚被其他管理员处理了。你的问答还没有保存：可以仍然创建它，或返回知识缺口。',
  back: '返回知识缺口',
  openEntry: '打开问答',
} as const;

export type GapTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly reasons: Readonly<Record<GapReason, string>>;
  readonly summary: (groups: number, open: number) => string;
  readonly partly: (grouped: number) => string;
  readonly asked: (n: number) => string;
  readonly times: (n: number) => string;
  readonly lastSeen: (time: string) => string;
  readonly nearest: (question: string) => string;
  readonly created: (question: string, n: number) => string;
  readonly attached: (question: string, n: number) => string;
  readonly skipped: (questions: string) => string;
  readonly dismissed: (n: number) => string;
};

const zhGapTexts: GapTexts = {
  ...zh,
  reasons: {
    unanswered: '没答上',
    unsure: '只给了建议',
    unhelpful: '答案被点 👎',
    handoff: '随后转人工',
  },
  summary: (groups, open) => `共 ${groups} 组，${open} 个问题待处理`,
  partly: (grouped) => `只有最新的 ${grouped} 个问题参与了分组，其余的会在这些处理完后出现。`,
  asked: (n) => `被问 ${n} 次`,
  times: (n) => `${n} 次`,
  lastSeen: (time) => `最近：${time}`,
  nearest: (question) => `建议：${question}`,
  created: (question, n) => `已新建问答“${question}”，处理了 ${n} 个问题。`,
  attached: (question, n) => `已把问法加入“${question}”，处理了 ${n} 个问题。`,
  skipped: (questions) => `这些问法已经有了（或超过 300 字），没有加入：${questions}`,
  dismissed: (n) => `已忽略 ${n} 个问题。`,
};

export const GAP_TEXTS: Record<Language, GapTexts> = { 'zh-CN': zhGapTexts, en: enGapTexts };

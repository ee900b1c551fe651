import type { Language } from '../../protocol/language.ts';
import type { SurveyChannel, SurveyQuestionKind, SurveyStatus } from '../../protocol/surveys.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import type { RestProblem } from '../rest.ts';
import type { FieldProblem } from './draft.ts';
import { EN_TEXTS } from './i18n-en.ts';

/** Every string of the surveys pages (问卷 / 专项调查), in both languages; English in i18n-en.ts. */
const zh = {
  title: '问卷',
  intro: '专项调查：设计问卷，选择在哪里展示，发布后按题查看结果并导出。',
  newSurvey: '新建问卷',
  listTitle: '问卷列表',
  noSurveys: '还没有问卷。',
  tableScroll: '问卷表格（可左右滚动）',
  colTitle: '标题',
  colStatus: '状态',
  colPlacement: '展示位置',
  colResponses: '回复数',
  colUpdated: '更新时间',
  colResults: '结果',
  nowhere: '未设置',
  viewResults: '查看结果',
  backToList: '返回问卷列表',
  opening: '正在打开问卷…',
  newTitle: '新建问卷',
  basics: '基本信息',
  surveyTitle: '问卷标题',
  surveyIntro: '简介（可选）',
  introHint: '显示在问题上方，说明这次调查的目的。',
  questions: '问题',
  lockedNote: '已有访客回答了这份问卷，问题不能再修改；标题、简介和展示位置仍可修改。',
  noQuestions: '还没有问题，请在下面添加。',
  addQuestion: '添加问题',
  prompt: '题目',
  required: '必答',
  options: '选项',
  addOption: '添加选项',
  moveUp: '上移',
  moveDown: '下移',
  remove: '删除',
  placement: '展示位置',
  afterChat: '会话结束后邀请访客填写',
  pages: '在这些页面上展示（每行一条页面规则）',
  pagesHint:
    '以 / 开头的规则匹配页面路径，也可以写完整地址；* 代表任意字符。例如 /checkout* 或 https://shop.example.com/orders*',
  link: '通过链接填写',
  linkLabel: '问卷链接',
  copy: '复制链接',
  copied: '已复制链接',
  copyFailed: '无法自动复制，链接已选中，请按 Ctrl+C 复制。',
  linkAfterSave: '保存后即可得到问卷链接。',
  save: '保存',
  create: '创建问卷',
  saving: '正在保存…',
  saved: '已保存',
  created: '问卷已创建',
  unsaved: '有未保存的修改：发布、结束等操作只针对已保存的内容。',
  status: '状态',
  reopen: '重新开放',
  reload: '重新加载',
  editLink: '编辑问卷',
  byChannel: '回复来源',
  download: '导出结果',
  noRatings: '还没有评分',
  latest: '最新的回答',
  noAnswers: '还没有人回答这道题。',
  moreInExport: '这里只显示最新的回答，导出文件包含全部回答。',
} as const;

export type SurveysTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly problems: Readonly<Record<RestProblem, string>>;
  readonly statuses: Readonly<Record<SurveyStatus, string>>;
  readonly kinds: Readonly<Record<SurveyQuestionKind, string>>;
  readonly channels: Readonly<Record<SurveyChannel, string>>;
  /** The button that moves a survey to a status, and what the page says once it did. */
  readonly steps: Readonly<Record<SurveyStatus, string>>;
  readonly done: Readonly<Record<SurveyStatus, string>>;
  readonly fieldInvalid: Readonly<Record<FieldProblem['field'], string>>;
  readonly total: (n: number) => string;
  readonly pageCount: (n: number) => string;
  readonly resultsOf: (title: string) => string;
  readonly editTitle: (title: string) => string;
  readonly resultsTitle: (title: string) => string;
  readonly addKind: (kind: string) => string;
  readonly questionN: (n: number, kind: string) => string;
  readonly optionN: (n: number) => string;
  readonly ofQuestion: (action: string, n: number) => string;
  readonly ofOption: (action: string, n: number) => string;
  readonly responses: (n: number) => string;
  readonly downloadAs: (format: string) => string;
  readonly answered: (n: number) => string;
  readonly average: (value: string) => string;
  readonly stars: (n: number) => string;
  readonly bar: (count: number, percent: number) => string;
  readonly chartOf: (prompt: string) => string;
  readonly serverSaid: (detail: string) => string;
};

const zhTexts: SurveysTexts = {
  ...zh,
  problems: {
    ...DESK_TEXTS['zh-CN'].problems,
    not_found: '找不到这份问卷，它可能已被删除。',
    conflict: '问卷已被别人修改，或已有回答所以问题不能再改。请重新加载后再试。',
  },
  statuses: { draft: '草稿', open: '进行中', closed: '已结束' },
  kinds: { rating: '评分', single: '单选', multiple: '多选', text: '文字' },
  channels: { after_chat: '会话结束后', page: '页面邀请', link: '链接' },
  steps: { open: '发布', closed: '结束问卷', draft: '退回草稿' },
  done: { open: '问卷已发布', closed: '问卷已结束', draft: '问卷已退回草稿' },
  fieldInvalid: {
    title: '请填写问卷标题（最多 100 字）。',
    intro: '简介最多 500 字。',
    questions: '问卷需要 1–20 个问题。',
    prompt: '请填写这道题的题目（最多 300 字）。',
    options: '选择题需要 2–10 个选项，选项不能为空，也不能重复。',
    pages: '页面规则每行一条，以 / 或 http(s):// 开头，不含空格，最多 10 条。',
  },
  total: (n) => `共 ${n} 份问卷`,
  pageCount: (n) => `${n} 个页面`,
  resultsOf: (title) => `查看结果：${title}`,
  editTitle: (title) => `编辑问卷：${title}`,
  resultsTitle: (title) => `问卷结果：${title}`,
  addKind: (kind) => `添加${kind}题`,
  questionN: (n, kind) => `第 ${n} 题（${kind}）`,
  optionN: (n) => `选项 ${n}`,
  ofQuestion: (action, n) => `${action}第 ${n} 题`,
  ofOption: (action, n) => `${action}选项 ${n}`,
  responses: (n) => `共 ${n} 份回复`,
  downloadAs: (format) => `导出 ${format}`,
  answered: (n) => `${n} 人作答`,
  average: (value) => `平均 ${value} 分`,
  stars: (n) => `${n} 星`,
  bar: (count, percent) => `${count} 人（${percent}%）`,
  chartOf: (prompt) => `“${prompt}”的回答分布`,
  serverSaid: (detail) => `服务器说明：${detail}`,
};

export const SURVEYS_TEXTS: Record<Language, SurveysTexts> = { 'zh-CN': zhTexts, en: EN_TEXTS };

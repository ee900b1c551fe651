import type { FaqEntryStatus, FaqRevisionAction, FaqTestResult } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import type { FaqListQuery } from '../../protocol/schemas/faq-admin.ts';
import type { RestProblem } from '../rest.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import type { EntryField } from './draft.ts';
import { enTexts } from './i18n-en.ts';

type Sort = NonNullable<FaqListQuery['sort']>;
type Decision = FaqTestResult['decision'];
type MatchedField = FaqTestResult['candidates'][number]['matchedField'];

/** Every string of the knowledge-base pages, in both languages. */
const zh = {
  title: '知识库',
  intro: '机器人用这里已发布的问答回答访客；保存后立即生效。',
  views: '知识库页面',
  tabEntries: '问答条目',
  tabTest: '测试问题',
  tabGaps: '知识缺口',
  tabTransfer: '导入导出',
  newEntry: '新建',
  search: '搜索',
  searchHint: '在问题、相似问法、关键词和答案中查找',
  filters: '筛选和排序',
  category: '分类',
  anyCategory: '全部分类',
  department: '部门',
  anyDepartment: '全部部门',
  status: '状态',
  anyStatus: '全部状态',
  sortBy: '排序',
  entries: '问答条目',
  colUpdated: '更新时间',
  colHits: '命中',
  colVotes: '👍 / 👎',
  colHandoffs: '答后转人工',
  noEntries: '没有符合条件的问答。',
  pager: '分页',
  prevPage: '上一页',
  nextPage: '下一页',
  none: '—',
  newTitle: '新建问答',
  editTitle: '编辑问答',
  backToList: '返回列表',
  question: '问题',
  similar: '相似问法',
  similarHint: '访客的其他问法，一行一个；在某一行按 Enter 会在下面添加新的一行。',
  addSimilar: '添加相似问法',
  keywords: '关键词',
  keywordsHint: '按 Enter 或逗号添加；每个关键词都有删除按钮。',
  answer: '答案',
  answerHint:
    '支持 **粗体**、[链接](https://…)、以“- ”或“1. ”开头的列表，以及图片 ![说明](https://…)。',
  preview: '预览（访客在对话窗口中看到的样子）',
  previewEmpty: '答案还是空的。',
  categoryHint: '可选：选择已有分类或输入新分类。',
  departmentHint: '可选：选择已用的部门或输入新的部门标识。',
  lang: '语言',
  anyLanguage: '不限语言',
  create: '创建',
  save: '保存',
  saving: '正在保存…',
  created: '已创建。',
  saved: '已保存，机器人已在使用新内容。',
  conflict: '已被其他管理员修改：你的修改还没有保存。',
  reloadKeep: '载入最新版本（保留我的文字）',
  useTheirs: '改用对方的版本',
  theirDiff: '对方的版本与你的文字不同的地方：',
  sameAsTheirs: '对方的版本与你的文字相同。',
  gone: '这条问答已被删除。',
  remove: '删除',
  confirmRemoveText: '确定删除这条问答吗？机器人将不再使用它，修订历史仍会保留。',
  confirmRemove: '确认删除',
  cancel: '取消',
  stats: '统计',
  statHits: '命中次数',
  statHelpful: '👍 有帮助',
  statUnhelpful: '👎 没帮助',
  statHandoffs: '答后转人工',
  history: '修订历史',
  noHistory: '还没有修订记录。',
  changed: '改动：',
  listSeparator: '、',
  firstVersion: '第一个版本',
  noFieldChanged: '内容没有变化',
  restore: '恢复此版本',
  current: '当前版本',
  system: '系统',
  testIntro: '输入访客可能的问法，看看机器人会怎样理解和回答（只测试，不计入统计）。',
  testQuestion: '访客的问题',
  testRun: '测试',
  testing: '正在测试…',
  testEmpty: '请输入一个问题。',
  tokens: '分词',
  noTokens: '（没有可用的词）',
  decision: '机器人的决定',
  topFive: '最接近的五条',
  noCandidates: '没有任何匹配的问答。',
  colRank: '名次',
  colScore: '得分',
  colConfidence: '置信度',
  colField: '匹配字段',
  colMatched: '匹配内容',
  exportTitle: '导出',
  exportIntro: '下载全部问答（包括草稿），可以在表格软件中编辑后再导入。',
  templateTitle: '导入模板',
  templateIntro: '模板有表头和一行示例；XLSX 模板的第二个工作表说明了每一列怎么填。',
  importTitle: '导入',
  importIntro:
    '先预检：列出新增、修改、不变和有问题的行，确认后才会写入。ID 已存在的条目会被更新。',
  importFile: '文件（XLSX、CSV 或 JSON）',
  checking: '正在检查…',
  unknownFormat: '无法识别文件类型，请选择 .xlsx、.csv 或 .json 文件。',
  added: '新增',
  changedRows: '修改',
  unchanged: '不变',
  invalid: '有问题',
  invalidRows: '有问题的行',
  colRow: '行号',
  colReason: '原因',
  cannotApply: '有问题的行需要先在文件中改正，改正后重新选择文件预检。导入不会只写入一部分。',
  nothingToApply: '文件中没有新增或修改的问答，无需导入。',
  confirmImport: '确认导入',
  importing: '正在导入…',
} as const;

export type KbTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly problems: Readonly<Record<RestProblem, string>>;
  readonly languages: Readonly<Record<Language, string>>;
  readonly statuses: Readonly<Record<FaqEntryStatus, string>>;
  readonly sorts: Readonly<Record<Sort, string>>;
  readonly actions: Readonly<Record<FaqRevisionAction, string>>;
  readonly fields: Readonly<Record<EntryField, string>>;
  readonly fieldInvalid: Readonly<Record<EntryField, string>>;
  readonly decisions: Readonly<Record<Decision, string>>;
  readonly matchedFields: Readonly<Record<MatchedField, string>>;
  readonly total: (n: number) => string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly votes: (helpful: number, unhelpful: number) => string;
  readonly similarItem: (n: number) => string;
  readonly removeSimilar: (n: number) => string;
  readonly removeKeyword: (keyword: string) => string;
  readonly lastSaved: (version: number, name: string, time: string) => string;
  readonly theirVersion: (name: string, time: string) => string;
  readonly removed: (question: string) => string;
  readonly revision: (version: number) => string;
  readonly restoreVersion: (version: number) => string;
  readonly restored: (version: number) => string;
  readonly exportAs: (format: string) => string;
  readonly templateAs: (format: string) => string;
  readonly reportTitle: (file: string) => string;
  readonly imported: (added: number, changed: number) => string;
  /** The server's own (English) reason follows: it names the row or cell it could not read. */
  readonly unreadable: (detail: string) => string;
};

const zhTexts: KbTexts = {
  ...zh,
  problems: DESK_TEXTS['zh-CN'].problems,
  languages: DESK_TEXTS['zh-CN'].languages,
  statuses: { published: '已发布', draft: '草稿' },
  sorts: { updated: '最近更新', hits: '命中最多', helpful: '最有帮助' },
  actions: {
    created: '创建',
    updated: '修改',
    deleted: '删除',
    restored: '恢复',
    imported: '导入',
  },
  fields: {
    lang: '语言',
    question: '问题',
    similar: '相似问法',
    keywords: '关键词',
    answer: '答案',
    category: '分类',
    department: '部门',
    status: '状态',
  },
  fieldInvalid: {
    lang: '请选择语言。',
    question: '请填写问题（最多 300 字）。',
    similar: '相似问法每条最多 300 字，最多 200 条。',
    keywords: '关键词每个最多 50 字，最多 50 个。',
    answer: '请填写答案（最多 10000 字）。',
    category: '分类最多 60 字。',
    department: '部门最多 64 字。',
    status: '请选择状态。',
  },
  decisions: {
    answer: '直接回答：把第一条的答案发给访客。',
    suggest: '给出建议：列出几条“您可能想问”让访客选择。',
    none: '不回答：告诉访客没有找到答案，并提供转人工。',
  },
  matchedFields: { question: '问题', similar: '相似问法', keywords: '关键词' },
  total: (n) => `共 ${n} 条`,
  pageOf: (page, pages) => `第 ${page} / ${pages} 页`,
  votes: (helpful, unhelpful) => `${helpful} 人觉得有帮助，${unhelpful} 人觉得没帮助`,
  similarItem: (n) => `相似问法 ${n}`,
  removeSimilar: (n) => `删除相似问法 ${n}`,
  removeKeyword: (keyword) => `删除关键词 ${keyword}`,
  lastSaved: (version, name, time) => `版本 ${version}，${name} 于 ${time} 保存`,
  theirVersion: (name, time) =>
    `已载入 ${name} 于 ${time} 保存的最新版本。你的文字仍在表单中，再次保存将覆盖对方的修改。`,
  removed: (question) => `已删除“${question}”。`,
  revision: (version) => `版本 ${version}`,
  restoreVersion: (version) => `恢复此版本（版本 ${version}）`,
  restored: (version) => `已恢复版本 ${version} 的内容。`,
  exportAs: (format) => `导出 ${format}`,
  templateAs: (format) => `下载 ${format} 模板`,
  reportTitle: (file) => `预检结果：${file}`,
  imported: (added, changed) => `已导入：新增 ${added} 条，修改 ${changed} 条。`,
  unreadable: (detail) => `无法读取这个文件。${detail}`,
};

export const KB_TEXTS: Record<Language, KbTexts> = { 'zh-CN': zhTexts, en: enTexts };

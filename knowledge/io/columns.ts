/** The columns of a knowledge-base spreadsheet, in the order Kefu writes them. */
export const FAQ_FIELDS = [
  'id',
  'lang',
  'question',
  'similar',
  'keywords',
  'answer',
  'category',
  'department',
  'status',
] as const;

export type FaqField = (typeof FAQ_FIELDS)[number];

/**
 * The header Kefu writes for each column (Chinese, then English: departments fill the sheet
 * in, developers read it), and the other names a header may use. Headers are read in either
 * language, or both, in any order.
 */
export const COLUMNS: Record<FaqField, { header: string; names: readonly string[] }> = {
  id: { header: 'id', names: ['编号'] },
  lang: { header: '语言 lang', names: ['语言', 'lang', 'language'] },
  question: { header: '问题 question', names: ['问题', '标准问题', 'question'] },
  similar: { header: '相似问法 similar', names: ['相似问法', '相似问题', 'similar'] },
  keywords: { header: '关键词 keywords', names: ['关键词', '关键字', 'keywords', 'keyword'] },
  answer: { header: '答案 answer', names: ['答案', '回答', 'answer'] },
  category: { header: '分类 category', names: ['分类', '类别', 'category'] },
  department: { header: '部门 department', names: ['部门', 'department'] },
  status: { header: '状态 status', names: ['状态', 'status'] },
};

/** Columns a sheet cannot do without. */
export const REQUIRED_FIELDS: readonly FaqField[] = ['id', 'question', 'answer'];

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

const byName = new Map<string, FaqField>();
for (const field of FAQ_FIELDS) {
  const { header, names } = COLUMNS[field];
  for (const name of [field, header, ...names]) byName.set(fold(name), field);
}

/**
 * The field a header cell names: the whole text ("问题 question", "Question") or, failing
 * that, its words ("相似问法 / similar questions") when they name exactly one field.
 */
export function fieldOfHeader(text: string): FaqField | null {
  const whole = fold(text);
  const exact = byName.get(whole);
  if (exact) return exact;
  const named = new Set(
    whole
      .split(/[\s/|()（）:：,，、]+/)
      .map((word) => byName.get(word))
      .filter((field) => field !== undefined),
  );
  const [only, ...more] = named;
  return only !== undefined && more.length === 0 ? only : null;
}

/** Similar questions and keywords share one cell: one per line, or separated by `|`. */
export function splitList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\|/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function joinList(items: readonly string[]): string {
  return items.join('\n');
}

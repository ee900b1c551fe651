import type { FaqEntryAdmin, FaqEntryStatus, FaqRevision } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import type { FaqEntryInput } from '../../protocol/schemas/faq-admin.ts';
import type { Failure } from '../rest.ts';
import type { KbTexts } from './i18n.ts';

/** The editor's form as typed: similar questions keep their empty lines until saved. */
export interface EntryDraft {
  lang: Language | null;
  question: string;
  similar: string[];
  keywords: string[];
  answer: string;
  category: string;
  department: string;
  status: FaqEntryStatus;
}

export type EntryField = keyof EntryDraft;

export const ENTRY_FIELDS: readonly EntryField[] = [
  'question',
  'similar',
  'keywords',
  'answer',
  'category',
  'department',
  'status',
  'lang',
];

export function emptyDraft(lang: Language): EntryDraft {
  return {
    lang,
    question: '',
    similar: [''],
    keywords: [],
    answer: '',
    category: '',
    department: '',
    status: 'published',
  };
}

/** An entry, or a revision's snapshot of one, as the form shows it. */
export function draftOf(entry: FaqEntryAdmin | FaqRevision['entry']): EntryDraft {
  return {
    lang: entry.lang,
    question: entry.question,
    similar: entry.similar.length ? [...entry.similar] : [''],
    keywords: [...entry.keywords],
    answer: entry.answer,
    category: entry.category ?? '',
    department: entry.department ?? '',
    status: entry.status,
  };
}

/** Blank similar-question lines are the editor's, not the entry's: they are dropped. */
export function inputOf(draft: EntryDraft): FaqEntryInput {
  return {
    ...draft,
    question: draft.question.trim(),
    similar: draft.similar.map((s) => s.trim()).filter(Boolean),
    answer: draft.answer.trim(),
    category: draft.category.trim() || null,
    department: draft.department.trim() || null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields where two saved states of an entry differ, in the form's order. */
export function changedFields(before: EntryDraft, after: EntryDraft): EntryField[] {
  const [a, b] = [inputOf(before), inputOf(after)];
  return ENTRY_FIELDS.filter((f) => !same(a[f], b[f]));
}

/** What the browser can tell before asking the server: the two fields that must not be empty. */
export function missingField(draft: EntryDraft): EntryField | null {
  if (!draft.question.trim()) return 'question';
  if (!draft.answer.trim()) return 'answer';
  return null;
}

/**
 * The server's refusal in the admin's language and the field it is about: a 400 names the
 * field first ("similar.2: a similar question is empty").
 */
export function saveProblem(
  tx: KbTexts,
  failure: Failure,
): { field: EntryField | null; message: string } {
  if (failure.problem === 'invalid_input') {
    const field = ENTRY_FIELDS.find((f) => f === failure.detail.split(/[.:]/)[0]);
    if (field) return { field, message: tx.fieldInvalid[field] };
  }
  return { field: null, message: tx.problems[failure.problem] };
}

import type { z } from 'zod';
import type { surveySaveSchema } from '../../protocol/schemas/surveys.ts';
import {
  SURVEY_LIMITS,
  type Survey,
  type SurveyQuestionKind,
  type SurveyStatus,
} from '../../protocol/surveys.ts';

export type SurveySaveInput = z.input<typeof surveySaveSchema>;

/** A question as the builder holds it: `key` keeps its editor in place while questions move. */
export interface QuestionDraft {
  key: number;
  /** The server's id of a saved question; answers refer to it, so it goes back on every save. */
  id?: string;
  kind: SurveyQuestionKind;
  prompt: string;
  required: boolean;
  /** Choices only; blank ones are the admin's to fill in, so they stay until saved. */
  options: string[];
}

/** The builder's form as typed; page patterns are the textarea's lines. */
export interface SurveyDraft {
  title: string;
  intro: string;
  questions: QuestionDraft[];
  afterChat: boolean;
  pages: string;
  link: boolean;
}

export const isChoice = (kind: SurveyQuestionKind) => kind === 'single' || kind === 'multiple';

let nextKey = 1;
const key = () => nextKey++;

export function emptyDraft(): SurveyDraft {
  return { title: '', intro: '', questions: [], afterChat: false, pages: '', link: false };
}

export function draftOf(survey: Survey): SurveyDraft {
  return {
    title: survey.title,
    intro: survey.intro,
    questions: survey.questions.map((q) => ({ ...q, key: key(), options: [...q.options] })),
    afterChat: survey.placement.afterChat,
    pages: survey.placement.pages.join('\n'),
    link: survey.placement.link,
  };
}

export function addQuestion(draft: SurveyDraft, kind: SurveyQuestionKind): SurveyDraft {
  const question = { key: key(), kind, prompt: '', required: false, options: [] };
  const options = isChoice(kind) ? ['', ''] : [];
  return { ...draft, questions: [...draft.questions, { ...question, options }] };
}

export function changeQuestion(
  draft: SurveyDraft,
  index: number,
  change: Partial<Pick<QuestionDraft, 'prompt' | 'required' | 'options'>>,
): SurveyDraft {
  const questions = draft.questions.map((q, i) => (i === index ? { ...q, ...change } : q));
  return { ...draft, questions };
}

/** Swaps with the neighbour above (-1) or below (1); at either end nothing moves. */
export function moveQuestion(draft: SurveyDraft, index: number, by: -1 | 1): SurveyDraft {
  const other = index + by;
  const a = draft.questions[index];
  const b = draft.questions[other];
  if (!a || !b) return draft;
  const questions = [...draft.questions];
  questions[index] = b;
  questions[other] = a;
  return { ...draft, questions };
}

export function removeQuestion(draft: SurveyDraft, index: number): SurveyDraft {
  return { ...draft, questions: draft.questions.filter((_, i) => i !== index) };
}

/** The textarea's non-blank lines, trimmed. */
export function pagesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The body of POST /api/admin/surveys, or of PUT with the version the admin edited. */
export function saveBody(draft: SurveyDraft, version?: number): SurveySaveInput {
  return {
    title: draft.title.trim(),
    intro: draft.intro.trim(),
    questions: draft.questions.map((q) => ({
      ...(q.id && { id: q.id }),
      kind: q.kind,
      prompt: q.prompt.trim(),
      required: q.required,
      options: isChoice(q.kind) ? q.options.map((o) => o.trim()) : [],
    })),
    placement: { afterChat: draft.afterChat, pages: pagesOf(draft.pages), link: draft.link },
    ...(version !== undefined && { version }),
  };
}

/** Whether the form differs from the saved survey (what a publish would not include). */
export function isDirty(draft: SurveyDraft, saved: Survey | null): boolean {
  const before = saved ? saveBody(draftOf(saved)) : saveBody(emptyDraft());
  return JSON.stringify(saveBody(draft)) !== JSON.stringify(before);
}

/** Where a problem is: the builder shows its message next to that field. */
export type FieldProblem =
  | { field: 'title' | 'intro' | 'questions' | 'pages' }
  | { field: 'prompt' | 'options'; index: number };

/** What the browser can tell before asking the server, in the form's order. */
export function checkDraft(draft: SurveyDraft): FieldProblem | null {
  if (!draft.title.trim()) return { field: 'title' };
  const { questions } = draft;
  if (questions.length === 0 || questions.length > SURVEY_LIMITS.questions) {
    return { field: 'questions' };
  }
  for (const [index, q] of questions.entries()) {
    if (!q.prompt.trim()) return { field: 'prompt', index };
    const options = q.options.map((o) => o.trim());
    const badOptions =
      options.length < 2 || options.some((o) => !o) || new Set(options).size !== options.length;
    if (isChoice(q.kind) && badOptions) return { field: 'options', index };
  }
  const pages = pagesOf(draft.pages);
  const badPage = pages.some((p) => !/^(\/|https?:\/\/)\S*$/.test(p));
  if (badPage || pages.length > SURVEY_LIMITS.pages) return { field: 'pages' };
  return null;
}

/** Reads the server's "questions.2.options: a choice needs 2 options" style message. */
export function serverProblem(detail: string): FieldProblem | null {
  const path = (detail.split(': ')[0] ?? '').split('.');
  const [first, second, third] = path;
  if (first === 'title' || first === 'intro') return { field: first };
  if (first === 'placement') return second === 'pages' ? { field: 'pages' } : null;
  if (first !== 'questions') return null;
  const index = Number(second);
  if (second === undefined || !Number.isInteger(index)) return { field: 'questions' };
  return third === 'options' ? { field: 'options', index } : { field: 'prompt', index };
}

/**
 * The status changes the server allows: publish a draft, close an open survey (or take it back
 * to draft while nobody has answered), open a closed one again.
 */
export function statusTargets(survey: Pick<Survey, 'status' | 'responses'>): SurveyStatus[] {
  if (survey.status === 'draft') return ['open'];
  if (survey.status === 'closed') return ['open'];
  return survey.responses === 0 ? ['closed', 'draft'] : ['closed'];
}

import type { FieldProblem } from './draft.ts';
import type { SurveysTexts } from './i18n.ts';

/** The builder's element ids; a question's follow its key, so they move with it. */
export const questionPart = (key: number, part: string) => `sv-q${key}-${part}`;
export const ADD_QUESTION_ID = 'sv-add-rating';
export const PAGES_ID = 'sv-pages';

/** The control a problem is about, to focus it; `keys` are the questions' keys in order. */
export function problemId(problem: FieldProblem, keys: number[]): string {
  switch (problem.field) {
    case 'title':
      return 'sv-title-input';
    case 'intro':
      return 'sv-intro';
    case 'pages':
      return PAGES_ID;
    case 'questions':
      return ADD_QUESTION_ID;
    case 'prompt':
    case 'options': {
      const key = keys[problem.index];
      if (key === undefined) return ADD_QUESTION_ID;
      return questionPart(key, problem.field === 'prompt' ? 'prompt' : 'option-0');
    }
  }
}

/** The message for one field (a question's, with its index), or '' when it is fine. */
export function fieldError(
  tx: SurveysTexts,
  problem: FieldProblem | null,
  field: FieldProblem['field'],
  index?: number,
): string {
  if (!problem || problem.field !== field) return '';
  if ('index' in problem && problem.index !== index) return '';
  return tx.fieldInvalid[field];
}

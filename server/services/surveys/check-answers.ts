import type { SurveyAnswer, SurveyQuestion } from '../../../protocol/index.ts';
import { ServiceError } from '../errors.ts';

const refuse = (zh: string, en: string) => new ServiceError('invalid_input', `${zh} / ${en}`);

const quoted = (q: SurveyQuestion) => `「${q.prompt}」`;

/** What kind of question an answer is for, by its shape. */
const kindOf = (a: SurveyAnswer) =>
  'rating' in a ? 'rating' : 'choices' in a ? 'choice' : ('text' as const);

/** The answer as stored, or null when it says nothing (no choice, only spaces). */
function normalise(q: SurveyQuestion, a: SurveyAnswer): SurveyAnswer | null {
  const kind = kindOf(a);
  const fits = kind === 'choice' ? q.kind === 'single' || q.kind === 'multiple' : kind === q.kind;
  if (!fits) {
    throw refuse(`${quoted(q)}的回答类型不对`, `The answer to "${q.prompt}" is not of its kind.`);
  }
  if ('text' in a) {
    const text = a.text.trim();
    return text ? { questionId: q.id, text } : null;
  }
  if (!('choices' in a)) return a;
  const { choices } = a;
  if (choices.some((c) => c >= q.options.length)) {
    throw refuse(`${quoted(q)}没有这个选项`, `"${q.prompt}" has no such option.`);
  }
  if (new Set(choices).size !== choices.length) {
    throw refuse(`${quoted(q)}的选项重复了`, `An option of "${q.prompt}" is chosen twice.`);
  }
  if (q.kind === 'single' && choices.length > 1) {
    throw refuse(`${quoted(q)}只能选一项`, `"${q.prompt}" takes one choice only.`);
  }
  return choices.length > 0 ? { questionId: q.id, choices } : null;
}

/**
 * Checks the answers against the survey's questions and returns them as stored, in the
 * questions' order: every id one of its questions and answered once, each answer of its
 * question's kind with existing options, every required question answered.
 */
export function checkAnswers(questions: SurveyQuestion[], answers: SurveyAnswer[]): SurveyAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, SurveyAnswer | null>();
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question) {
      throw refuse('问卷里没有这个问题', `This survey has no question ${answer.questionId}.`);
    }
    if (given.has(question.id)) {
      throw refuse(`${quoted(question)}回答了两次`, `"${question.prompt}" is answered twice.`);
    }
    given.set(question.id, normalise(question, answer));
  }
  const stored: SurveyAnswer[] = [];
  for (const question of questions) {
    const answer = given.get(question.id) ?? null;
    if (answer) stored.push(answer);
    else if (question.required) {
      throw refuse(`请回答${quoted(question)}`, `Please answer "${question.prompt}".`);
    }
  }
  return stored;
}

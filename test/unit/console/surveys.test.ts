import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  changeQuestion,
  checkDraft,
  draftOf,
  emptyDraft,
  isDirty,
  moveQuestion,
  pagesOf,
  removeQuestion,
  saveBody,
  serverProblem,
  statusTargets,
  type SurveyDraft,
} from '../../../console/surveys/draft.ts';
import { problemId } from '../../../console/surveys/field-ids.ts';
import { averageText, barsOf, pairedResults, percent } from '../../../console/surveys/results.ts';
import { hrefOf, viewOf } from '../../../console/surveys/route.ts';
import type { Survey, SurveyQuestionResult } from '../../../protocol/index.ts';
import { surveySaveSchema } from '../../../protocol/schemas/surveys.ts';

const survey = (fields: Partial<Survey> = {}): Survey => ({
  id: 's1',
  title: '售后满意度',
  intro: '',
  status: 'draft',
  questions: [
    { id: 'q1', kind: 'rating', prompt: '打几分？', required: true, options: [] },
    {
      id: 'q2',
      kind: 'single',
      prompt: '从哪知道我们？',
      required: false,
      options: ['朋友', '广告'],
    },
  ],
  placement: { afterChat: true, pages: ['/checkout*'], link: false },
  responses: 0,
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-01T08:00:00.000Z',
  version: 3,
  ...fields,
});

/** A draft with one question of each kind, all filled in. */
function fullDraft(): SurveyDraft {
  let d: SurveyDraft = { ...emptyDraft(), title: ' 购物体验 ', intro: ' 两分钟 ' };
  for (const kind of ['rating', 'single', 'multiple', 'text'] as const) d = addQuestion(d, kind);
  d = changeQuestion(d, 0, { prompt: '总体打分', required: true });
  d = changeQuestion(d, 1, { prompt: '性别', options: ['男', ' 女 '] });
  d = changeQuestion(d, 2, { prompt: '买过什么', options: ['杯子', '碗', '盘子'] });
  d = changeQuestion(d, 3, { prompt: '还想说的' });
  return { ...d, afterChat: true, pages: ' /checkout*\n\n  https://shop.example.com/orders* \n' };
}

describe('the survey builder model', () => {
  it('adds questions of each kind, choices with two blank options to fill in', () => {
    const d = addQuestion(addQuestion(emptyDraft(), 'multiple'), 'text');
    expect(d.questions.map((q) => [q.kind, q.options])).toEqual([
      ['multiple', ['', '']],
      ['text', []],
    ]);
    expect(new Set(d.questions.map((q) => q.key)).size).toBe(2);
  });

  it('moves questions up and down, not past either end, and removes them', () => {
    const d = fullDraft();
    const kinds = (x: SurveyDraft) => x.questions.map((q) => q.kind);
    expect(kinds(moveQuestion(d, 1, -1))).toEqual(['single', 'rating', 'multiple', 'text']);
    expect(kinds(moveQuestion(d, 1, 1))).toEqual(['rating', 'multiple', 'single', 'text']);
    expect(moveQuestion(d, 0, -1)).toBe(d);
    expect(moveQuestion(d, 3, 1)).toBe(d);
    expect(kinds(removeQuestion(d, 2))).toEqual(['rating', 'single', 'text']);
  });

  it('turns the form into a body the server accepts, trimmed and without blank page lines', () => {
    const body = saveBody(fullDraft());
    expect(body.title).toBe('购物体验');
    expect(body.intro).toBe('两分钟');
    expect(body.questions[1]).toEqual({
      kind: 'single',
      prompt: '性别',
      required: false,
      options: ['男', '女'],
    });
    expect(body.placement).toEqual({
      afterChat: true,
      pages: ['/checkout*', 'https://shop.example.com/orders*'],
      link: false,
    });
    expect(body).not.toHaveProperty('version');
    expect(surveySaveSchema.safeParse(body).success).toBe(true);
  });

  it('keeps the saved questions’ ids and sends the version edited', () => {
    const body = saveBody(draftOf(survey()), 3);
    expect(body.version).toBe(3);
    expect(body.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(surveySaveSchema.safeParse(body).success).toBe(true);
  });

  it('knows when the form differs from the saved survey', () => {
    const saved = survey();
    expect(isDirty(draftOf(saved), saved)).toBe(false);
    expect(isDirty({ ...draftOf(saved), link: true }, saved)).toBe(true);
    expect(isDirty(emptyDraft(), null)).toBe(false);
  });

  it('finds the first problem before the server does, as the schema would', () => {
    const d = fullDraft();
    expect(checkDraft(d)).toBeNull();
    expect(checkDraft({ ...d, title: '  ' })).toEqual({ field: 'title' });
    expect(checkDraft({ ...d, questions: [] })).toEqual({ field: 'questions' });
    expect(checkDraft(changeQuestion(d, 3, { prompt: ' ' }))).toEqual({
      field: 'prompt',
      index: 3,
    });
    for (const options of [['只有一个'], ['杯子', ' '], ['碗', '碗 ']]) {
      const bad = changeQuestion(d, 2, { options });
      expect(checkDraft(bad)).toEqual({ field: 'options', index: 2 });
      expect(surveySaveSchema.safeParse(saveBody(bad)).success).toBe(false);
    }
    const spaced = { ...d, pages: '/check out' };
    expect(checkDraft(spaced)).toEqual({ field: 'pages' });
    expect(surveySaveSchema.safeParse(saveBody(spaced)).success).toBe(false);
    expect(checkDraft({ ...d, pages: 'checkout' })).toEqual({ field: 'pages' });
  });

  it('reads the field out of the server’s refusal', () => {
    expect(serverProblem('title: give the survey a title')).toEqual({ field: 'title' });
    expect(serverProblem('questions.2.options: a choice needs 2 options')).toEqual({
      field: 'options',
      index: 2,
    });
    expect(serverProblem('questions.1.options.0: an option cannot be empty')).toEqual({
      field: 'options',
      index: 1,
    });
    expect(serverProblem('questions.0.prompt: every question needs its wording')).toEqual({
      field: 'prompt',
      index: 0,
    });
    expect(serverProblem('questions: a survey needs at least one question')).toEqual({
      field: 'questions',
    });
    expect(serverProblem('placement.pages.0: a page pattern starts with /')).toEqual({
      field: 'pages',
    });
    expect(serverProblem('开放的问卷需要至少一个投放位置 / An open survey needs …')).toBeNull();
  });

  it('points each problem at the control to focus', () => {
    const keys = fullDraft().questions.map((q) => q.key);
    expect(problemId({ field: 'options', index: 1 }, keys)).toBe(`sv-q${keys[1]}-option-0`);
    expect(problemId({ field: 'prompt', index: 0 }, keys)).toBe(`sv-q${keys[0]}-prompt`);
    expect(problemId({ field: 'pages' }, keys)).toBe('sv-pages');
  });

  it('offers the status steps the server allows', () => {
    expect(statusTargets({ status: 'draft', responses: 0 })).toEqual(['open']);
    expect(statusTargets({ status: 'open', responses: 0 })).toEqual(['closed', 'draft']);
    expect(statusTargets({ status: 'open', responses: 4 })).toEqual(['closed']);
    expect(statusTargets({ status: 'closed', responses: 4 })).toEqual(['open']);
  });

  it('splits page patterns one a line', () => {
    expect(pagesOf('/a*\r\n \n/b\n')).toEqual(['/a*', '/b']);
    expect(pagesOf('   ')).toEqual([]);
  });
});

describe('survey results', () => {
  const stars = (n: number) => `${n} 星`;

  it('shows rating bars from five stars down, with each share of those who answered', () => {
    const result: SurveyQuestionResult = {
      questionId: 'q1',
      kind: 'rating',
      answered: 3,
      average: 4.333333,
      counts: [0, 0, 0, 2, 1],
    };
    expect(barsOf(result, undefined, stars)).toEqual([
      { label: '5 星', count: 1, percent: 33 },
      { label: '4 星', count: 2, percent: 67 },
      { label: '3 星', count: 0, percent: 0 },
      { label: '2 星', count: 0, percent: 0 },
      { label: '1 星', count: 0, percent: 0 },
    ]);
    expect(averageText(4.333333)).toBe('4.3');
    expect(averageText(null)).toBeNull();
  });

  it('labels choice bars with the options, in order; multiple choices may add up past 100 %', () => {
    const question = survey().questions[1];
    const result: SurveyQuestionResult = {
      questionId: 'q2',
      kind: 'multiple',
      answered: 4,
      counts: [3, 2],
    };
    expect(barsOf(result, question, stars)).toEqual([
      { label: '朋友', count: 3, percent: 75 },
      { label: '广告', count: 2, percent: 50 },
    ]);
  });

  it('never divides by nobody', () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
  });

  it('pairs each question with its result, in the survey’s order', () => {
    const s = survey();
    const text: SurveyQuestionResult = { questionId: 'q2', kind: 'text', answered: 0, latest: [] };
    const paired = pairedResults(s, [text]);
    expect(paired.map((p) => [p.question.id, p.result?.questionId])).toEqual([
      ['q1', undefined],
      ['q2', 'q2'],
    ]);
  });
});

describe('the surveys address', () => {
  it('reads and writes every view', () => {
    for (const view of [
      { kind: 'list' },
      { kind: 'new' },
      { kind: 'edit', id: 'abc_1' },
      { kind: 'results', id: 'abc_1' },
    ] as const) {
      expect(viewOf(hrefOf(view))).toEqual(view);
    }
    expect(hrefOf({ kind: 'results', id: 'x' })).toBe('#surveys/x/results');
  });

  it('falls back to the list for anything hand-typed it cannot read', () => {
    for (const hash of [
      '#surveys/',
      '#surveys/a b',
      '#surveys/x/y',
      '#surveys/x/results/z',
      '#tickets',
    ]) {
      expect(viewOf(hash)).toEqual({ kind: 'list' });
    }
  });
});

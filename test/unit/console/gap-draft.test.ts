import { describe, expect, it } from 'vitest';
import { draftFromGroup } from '../../../console/kb/gaps/gap-draft.ts';
import type { GapGroup, GapQuestion } from '../../../protocol/gaps.ts';

const wording = (text: string): GapQuestion => ({
  text,
  count: 1,
  lastSeen: '2025-03-01T08:00:00.000Z',
  reasons: ['unanswered'],
  ids: [text],
});

const group = (questions: GapQuestion[]): GapGroup => ({
  representative: '可以货到付款吗',
  lang: 'zh-CN',
  questions,
  count: questions.length,
  lastSeen: '2025-03-01T08:00:00.000Z',
  reasons: ['unanswered'],
  nearest: null,
});

describe('a new entry filled in from a group of unanswered questions', () => {
  const all = ['你们支持货到付款吗', '可以货到付款吗', '货到付款支持吗'].map(wording);

  it('asks the representative, with the other wordings as similar questions, published', () => {
    expect(draftFromGroup(group(all), all)).toMatchObject({
      lang: 'zh-CN',
      question: '可以货到付款吗',
      similar: ['你们支持货到付款吗', '货到付款支持吗'],
      answer: '',
      status: 'published',
    });
  });

  it('takes the first kept wording when the admin unticked the representative', () => {
    const kept = [all[0]!, all[2]!];
    expect(draftFromGroup(group(all), kept)).toMatchObject({
      question: '你们支持货到付款吗',
      similar: ['货到付款支持吗'],
    });
  });

  it('leaves out a wording too long to be a question, and keeps one empty similar line', () => {
    const long = wording(`货到付款${'很长的描述'.repeat(70)}`);
    expect(draftFromGroup(group([all[1]!, long]), [all[1]!, long]).similar).toEqual(['']);
  });
});

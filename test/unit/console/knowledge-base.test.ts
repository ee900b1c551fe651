import { describe, expect, it } from 'vitest';
import {
  changedFields,
  draftOf,
  emptyDraft,
  inputOf,
  saveProblem,
} from '../../../console/kb/draft.ts';
import { KB_TEXTS } from '../../../console/kb/i18n.ts';
import { formatOf } from '../../../console/kb/api.ts';
import { apiQuery, FIRST_QUERY } from '../../../console/kb/list-query.ts';
import { hrefOf, routeOf } from '../../../console/kb/route.ts';
import type { FaqRevision } from '../../../protocol/index.ts';

const saved: FaqRevision['entry'] = {
  id: 'points',
  lang: 'zh-CN',
  question: '会员积分可以兑换什么？',
  similar: ['积分能换哪些礼品'],
  keywords: ['积分兑换'],
  answer: '积分可以兑换优惠券。',
  category: '积分',
  department: null,
  status: 'published',
};

describe('the entry editor', () => {
  it('drops blank similar-question lines and empty optional fields when saving', () => {
    const draft = { ...draftOf(saved), similar: ['  积分能换哪些礼品 ', '', '   '], category: ' ' };
    expect(inputOf(draft)).toMatchObject({
      similar: ['积分能换哪些礼品'],
      category: null,
      department: null,
    });
  });

  it('starts a new entry with one empty similar-question line, published, in the admin’s language', () => {
    expect(emptyDraft('en')).toMatchObject({ lang: 'en', similar: [''], status: 'published' });
  });

  it('names the fields two versions differ in, ignoring what saving would drop anyway', () => {
    const before = draftOf(saved);
    expect(changedFields(before, { ...before, similar: [...before.similar, ''] })).toEqual([]);
    const after = { ...before, answer: '积分可以兑换礼品。', status: 'draft' as const };
    expect(changedFields(before, after)).toEqual(['answer', 'status']);
  });

  it('marks the field the server refused, in the admin’s language', () => {
    const tx = KB_TEXTS['zh-CN'];
    const refusal = { ok: false as const, problem: 'invalid_input' as const };
    expect(
      saveProblem(tx, { ...refusal, detail: 'similar.2: a similar question is empty' }),
    ).toEqual({
      field: 'similar',
      message: tx.fieldInvalid.similar,
    });
    expect(saveProblem(tx, { ...refusal, detail: 'The request body is too large.' })).toEqual({
      field: null,
      message: tx.problems.invalid_input,
    });
  });
});

describe('knowledge-base addresses', () => {
  it('keeps each view in the hash, entry ids included', () => {
    for (const route of [
      { view: 'list' },
      { view: 'new' },
      { view: 'test' },
      { view: 'transfer' },
      { view: 'entry', id: 'returns.zh-CN:2/x' },
    ] as const) {
      expect(routeOf(hrefOf(route))).toEqual(route);
    }
    expect(routeOf('#knowledge/entry/%E0%A4%A')).toEqual({ view: 'list' });
    expect(routeOf('#knowledge/nonsense')).toEqual({ view: 'list' });
  });
});

describe('the list and the import', () => {
  it('asks the server only for the filters that are set', () => {
    expect(apiQuery({ ...FIRST_QUERY, q: '  积分 ', status: 'draft' })).toEqual({
      q: '积分',
      status: 'draft',
      sort: 'updated',
      page: 1,
      pageSize: 20,
    });
  });

  it('takes the import format from the file name', () => {
    expect(formatOf('知识库.XLSX')).toBe('xlsx');
    expect(formatOf('faq.csv')).toBe('csv');
    expect(formatOf('faq.json')).toBe('json');
    expect(formatOf('faq.xls')).toBeNull();
    expect(formatOf('csv')).toBeNull();
  });
});

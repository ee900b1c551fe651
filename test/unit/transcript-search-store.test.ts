import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexTerms, searchQuery } from '../../knowledge/search-terms.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { Store } from '../../server/store/types.ts';
import { addVisitor, openConversationOf } from '../helpers/store-rows.ts';

const T0 = '2025-03-01T08:00:00.000Z';
let store: Store;
let n = 0;

/** Stores `body` as a visitor's first message in a conversation of its own; returns the conversation. */
async function conversationWith(body: string): Promise<string> {
  n += 1;
  const visitor = await addVisitor(store, T0, 'zh-CN', `v${n}`);
  const conversationId = await openConversationOf(store, visitor, T0, 'zh-CN', `c${n}`);
  await store.messages.append(
    conversationId,
    [
      {
        id: `m${n}`,
        author: 'visitor',
        kind: 'text',
        body,
        faqId: null,
        payload: {},
        createdAt: T0,
      },
    ],
    { clientId: `client-${n}` },
  );
  await store.transcripts.indexNext(100, (m) => indexTerms(m.body));
  return conversationId;
}

async function found(text: string): Promise<string[]> {
  const query = searchQuery(text);
  if (!query) return [];
  const page = await store.transcripts.search(
    { visibleTo: null, text: query },
    { offset: 0, limit: 100 },
    100,
  );
  return page.records.map((r) => r.id);
}

beforeAll(() => {
  store = openSqliteStore(':memory:', { now: () => new Date(T0) });
});
afterAll(() => store.close());

describe('transcript search in SQLite', () => {
  it('finds any part of a Chinese text, one character or more, as written', async () => {
    const text = fc.array(fc.constantFrom(...'退货地址发票物流快递查询'), {
      minLength: 1,
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(text, fc.nat(), fc.nat(), async (chars, a, b) => {
        const body = chars.join('');
        const id = await conversationWith(body);
        const start = a % chars.length;
        const part = chars.slice(start, start + 1 + (b % (chars.length - start))).join('');
        expect(await found(part)).toContain(id);
      }),
      { numRuns: 60 },
    );
  });

  it('never reads the search text as FTS5 syntax', async () => {
    const id = await conversationWith('NEAR AND OR NOT "quoted" star* col:umn (paren) ^caret');
    for (const text of [
      '"quoted"',
      'star*',
      'col:umn',
      '(paren)',
      '^caret',
      'NEAR',
      'NOT',
      '"',
      '*',
      'AND OR',
    ]) {
      await expect(found(text)).resolves.toEqual(text === '"' || text === '*' ? [] : [id]);
    }
  });
});

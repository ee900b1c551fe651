import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../server/clock.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { FaqEntryRow, Store } from '../../server/store/types.ts';

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T09:00:00.000Z';
const clock: Clock = { now: () => new Date(T0) };
const ADMIN = 'admin-1';

function entry(id: string, fields: Partial<FaqEntryRow> = {}): FaqEntryRow {
  return {
    id,
    lang: 'zh-CN',
    question: `问题 ${id}`,
    similar: [],
    keywords: [],
    answer: `答案 ${id}`,
    category: null,
    department: null,
    status: 'published',
    createdAt: T0,
    updatedAt: T0,
    version: 1,
    updatedBy: null,
    ...fields,
  };
}

let store: Store;
beforeEach(async () => {
  store = openSqliteStore(':memory:', clock);
  await store.agents.create({
    id: ADMIN,
    email: 'a@kefu.local',
    name: 'Ada',
    role: 'admin',
    passwordHash: 'x',
    maxChats: 5,
    lang: 'zh-CN',
    disabled: false,
    createdAt: T0,
    updatedAt: T0,
    departments: [],
  });
});
afterEach(() => store.close());

describe('FAQ entry store', () => {
  it('seeds with a created revision by nobody', async () => {
    await store.faqEntries.insertMany([entry('a'), entry('b')]);
    const [rev] = await store.faqEntries.listRevisions('a');
    expect(rev).toMatchObject({ action: 'created', version: 1, agentId: null, at: T0 });
    expect(rev?.snapshot).toEqual(entry('a'));
  });

  it('saves only over the version the editor saw, with a revision', async () => {
    await store.faqEntries.insertMany([entry('a')]);
    const edit = entry('a', { answer: '新答案', version: 2, updatedBy: ADMIN, updatedAt: T1 });
    expect(await store.faqEntries.update(edit, 1, 'updated')).toEqual(edit);
    const stale = { ...edit, answer: '旧的编辑' };
    expect(await store.faqEntries.update(stale, 1, 'updated')).toBeNull();
    expect((await store.faqEntries.get('a'))?.answer).toBe('新答案');
    const revisions = await store.faqEntries.listRevisions('a');
    expect(revisions.map((r) => [r.action, r.version, r.agentId])).toEqual([
      ['updated', 2, ADMIN],
      ['created', 1, null],
    ]);
  });

  it('deletes softly: gone from reads, kept for history, back with a restore', async () => {
    await store.faqEntries.insertMany([entry('a'), entry('b')]);
    expect(await store.faqEntries.delete('a', ADMIN, T1)).toBe(true);
    expect(await store.faqEntries.delete('a', ADMIN, T1)).toBe(false);
    expect(await store.faqEntries.get('a')).toBeNull();
    expect((await store.faqEntries.listAll()).map((e) => e.id)).toEqual(['b']);
    expect((await store.faqEntries.listPublished()).map((e) => e.id)).toEqual(['b']);
    expect(await store.faqEntries.count()).toBe(1);
    expect(await store.faqEntries.create(entry('a'))).toBe(false);
    const [deleted] = await store.faqEntries.listRevisions('a');
    expect(deleted).toMatchObject({ action: 'deleted', version: 2, agentId: ADMIN, at: T1 });
    expect(deleted?.snapshot.answer).toBe('答案 a');

    const back = entry('a', { version: 3, updatedBy: ADMIN, updatedAt: T1 });
    expect(await store.faqEntries.update({ ...back, version: 3 }, 2, 'updated')).toBeNull();
    expect(await store.faqEntries.update(back, 2, 'restored')).toEqual(back);
    expect(await store.faqEntries.get('a')).toEqual(back);
  });

  it('imports all rows in one go, bumping known ids and reviving deleted ones', async () => {
    await store.faqEntries.insertMany([entry('a'), entry('b')]);
    await store.faqEntries.delete('b', ADMIN, T1);
    await store.faqEntries.applyImport(
      [entry('a', { answer: '导入' }), entry('b'), entry('c', { status: 'draft' })],
      ADMIN,
      T1,
    );
    const rows = await store.faqEntries.listAll();
    expect(rows.map((r) => [r.id, r.version, r.updatedBy, r.updatedAt])).toEqual([
      ['a', 2, ADMIN, T1],
      ['b', 3, ADMIN, T1],
      ['c', 1, ADMIN, T1],
    ]);
    expect(rows[0]?.answer).toBe('导入');
    expect(rows[0]?.createdAt).toBe(T0);
    const [imported] = await store.faqEntries.listRevisions('c');
    expect(imported).toMatchObject({ action: 'imported', version: 1, agentId: ADMIN });
  });

  it('writes nothing of an import the database refuses part of', async () => {
    await store.faqEntries.insertMany([entry('a')]);
    // A row the database cannot take (NOT NULL answer), after one it could.
    const refused = entry('z', { answer: null as unknown as string });
    await expect(
      store.faqEntries.applyImport([entry('a', { answer: '改了' }), refused], ADMIN, T1),
    ).rejects.toThrow();
    expect(await store.faqEntries.get('a')).toEqual(entry('a'));
    expect(await store.faqEntries.listRevisions('a')).toHaveLength(1);
  });

  it('lists with a substring search in any field, filters, sort and a total', async () => {
    await store.faqEntries.insertMany([
      entry('a', { question: '怎么申请退货？', category: '售后', updatedAt: T0 }),
      entry('b', { similar: ['退货流程'], category: '售后', status: 'draft', updatedAt: T1 }),
      entry('c', { keywords: ['100%退款'], department: 'sales' }),
      entry('d', { answer: 'Returns are free', lang: 'en' }),
    ]);
    const list = (q: string, more: Partial<Parameters<Store['faqEntries']['list']>[0]> = {}) =>
      store.faqEntries
        .list({ q, sort: 'updated', offset: 0, limit: 10, ...more })
        .then((r) => r.rows.map((e) => e.id));
    expect(await list('退货')).toEqual(['b', 'a']);
    expect(await list('退货', { status: 'published' })).toEqual(['a']);
    expect(await list('100%')).toEqual(['c']);
    expect(await list('0_')).toEqual([]);
    expect(await list('RETURNS')).toEqual(['d']);
    expect(await list('', { category: '售后' })).toEqual(['b', 'a']);
    expect(await list('', { department: 'sales' })).toEqual(['c']);
    const page = await store.faqEntries.list({ sort: 'updated', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
    expect(await store.faqEntries.categories()).toEqual(['售后']);
    expect(await store.faqEntries.departments()).toEqual(['sales']);
  });
});

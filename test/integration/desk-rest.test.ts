import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskSettings, QuickReply } from '../../protocol/index.ts';
import { startWithAdminAndAgent, type ConsoleApi } from '../helpers/console-api.ts';
import type { TestServer } from '../helpers/server.ts';

let server: TestServer;
let admin: string;
let agent: string;
let api: ConsoleApi;

beforeAll(async () => {
  ({ server, admin, agent, api } = await startWithAdminAndAgent());
});
afterAll(() => server.close());

async function quickReplies(): Promise<QuickReply[]> {
  const res = await api('GET', '/api/quick-replies', agent);
  expect(res.status).toBe(200);
  return ((await res.json()) as { quickReplies: QuickReply[] }).quickReplies;
}

async function settings(): Promise<DeskSettings> {
  const res = await api('GET', '/api/settings', agent);
  expect(res.status).toBe(200);
  return (await res.json()) as DeskSettings;
}

describe('quick replies', () => {
  it('start with the service etiquette in both languages, readable by any agent', async () => {
    const list = await quickReplies();
    expect(list).toHaveLength(10);
    const sorts = list.map((q) => q.sort);
    expect(sorts).toEqual([...sorts].sort((a, b) => a - b));
    expect(list).toContainEqual({
      id: 'greet-zh',
      lang: 'zh-CN',
      shortcut: 'nihao',
      body: '您好，请问有什么可以帮到您？',
      sort: 10,
    });
    expect(list.filter((q) => q.lang === 'en').map((q) => q.shortcut)).toEqual([
      'hello',
      'wait',
      'thanks',
      'more',
      'bye',
    ]);
  });

  it('can only be changed by an admin', async () => {
    const before = await quickReplies();
    const reply = { lang: 'en', shortcut: 'hi', body: 'Hi!' };
    for (const res of [
      await api('POST', '/api/quick-replies', agent, reply),
      await api('PUT', '/api/quick-replies/greet-en', agent, reply),
      await api('DELETE', '/api/quick-replies/greet-en', agent),
    ]) {
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await quickReplies()).toEqual(before);
  });

  it('are created, edited and deleted by an admin', async () => {
    const created = await api('POST', '/api/quick-replies', admin, {
      lang: 'en',
      shortcut: 'refund',
      body: '  Refunds take 1–3 working days.  ',
    });
    expect(created.status).toBe(201);
    const { quickReply } = (await created.json()) as { quickReply: QuickReply };
    expect(quickReply).toEqual({
      id: expect.any(String),
      lang: 'en',
      shortcut: 'refund',
      body: 'Refunds take 1–3 working days.',
      sort: 0,
    });
    expect((await quickReplies())[0]).toEqual(quickReply);

    const edited = await api('PUT', `/api/quick-replies/${quickReply.id}`, admin, {
      lang: 'en',
      shortcut: 'refund',
      body: 'Refunds take 1–3 working days after we receive the item.',
      sort: 60,
    });
    expect(edited.status).toBe(200);
    const changed = { ...quickReply, body: expect.stringContaining('after we receive'), sort: 60 };
    expect(await edited.json()).toEqual({ quickReply: changed });
    expect((await quickReplies()).at(-1)).toEqual(changed);

    expect((await api('DELETE', `/api/quick-replies/${quickReply.id}`, admin)).status).toBe(204);
    expect((await quickReplies()).map((q) => q.id)).not.toContain(quickReply.id);
    const again = await api('DELETE', `/api/quick-replies/${quickReply.id}`, admin);
    expect(again.status).toBe(404);
    const gone = await api('PUT', `/api/quick-replies/${quickReply.id}`, admin, {
      lang: 'en',
      shortcut: 'refund',
      body: 'x',
    });
    expect(gone.status).toBe(404);
  });

  it('keep one reply per shortcut and language', async () => {
    const before = await quickReplies();
    const taken = await api('POST', '/api/quick-replies', admin, {
      lang: 'zh-CN',
      shortcut: 'NiHao',
      body: '你好呀',
    });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: { code: 'conflict' } });
    const renamed = await api('PUT', '/api/quick-replies/bye-zh', admin, {
      lang: 'zh-CN',
      shortcut: 'nihao',
      body: '再见',
    });
    expect(renamed.status).toBe(409);
    expect(await quickReplies()).toEqual(before);

    const otherLanguage = await api('POST', '/api/quick-replies', admin, {
      lang: 'en',
      shortcut: 'nihao',
      body: 'Nǐ hǎo! How can I help?',
    });
    expect(otherLanguage.status).toBe(201);
  });

  it.each([
    ['an empty body', { lang: 'en', shortcut: 'empty', body: '   ' }],
    ['a shortcut with a space', { lang: 'en', shortcut: 'two words', body: 'x' }],
    ['an unknown language', { lang: 'fr', shortcut: 'bonjour', body: 'Bonjour' }],
    ['an unknown field', { lang: 'en', shortcut: 'extra', body: 'x', id: 'mine' }],
  ])('refuse %s and change nothing', async (_name, body) => {
    const before = await quickReplies();
    const created = await api('POST', '/api/quick-replies', admin, body);
    const edited = await api('PUT', '/api/quick-replies/greet-en', admin, body);
    for (const res of [created, edited]) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
    }
    expect(await quickReplies()).toEqual(before);
  });
});

describe('settings', () => {
  const saved: DeskSettings = {
    businessHours: {
      enabled: true,
      timeZone: 'Europe/Berlin',
      weekly: [
        { day: 1, open: '08:30', close: '12:00' },
        { day: 1, open: '13:00', close: '24:00' },
      ],
      holidays: ['2025-12-25', '2025-01-01', '2025-12-25'],
    },
    departmentPicker: true,
    report: { pickUpSeconds: 30, pickUpTarget: 0.9, satisfactionTarget: 0.85 },
    retention: { enabled: false, months: 36 },
    tickets: {
      deadlineHours: {
        consultation: 24,
        suggestion: 240,
        opinion: 240,
        complaint: 48,
        request: 96,
      },
      followUpRequired: {
        consultation: false,
        suggestion: false,
        opinion: true,
        complaint: true,
        request: true,
      },
      dueSoonHours: 8,
    },
  };

  it('start with business hours off, no department picker, the usual report targets and transcripts kept', async () => {
    expect(await settings()).toEqual({
      businessHours: {
        enabled: false,
        timeZone: 'Asia/Shanghai',
        weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' })),
        holidays: [],
      },
      departmentPicker: false,
      report: { pickUpSeconds: 20, pickUpTarget: 0.95, satisfactionTarget: 0.9 },
      retention: { enabled: false, months: 24 },
      tickets: {
        deadlineHours: {
          consultation: 48,
          suggestion: 168,
          opinion: 168,
          complaint: 72,
          request: 120,
        },
        followUpRequired: {
          consultation: false,
          suggestion: false,
          opinion: false,
          complaint: true,
          request: false,
        },
        dueSoonHours: 24,
      },
    });
  });

  it('can only be saved by an admin', async () => {
    const before = await settings();
    const res = await api('PUT', '/api/settings', agent, saved);
    expect(res.status).toBe(403);
    expect(await settings()).toEqual(before);
  });

  it('are saved by an admin and read back by every agent', async () => {
    const res = await api('PUT', '/api/settings', admin, saved);
    expect(res.status).toBe(200);
    const expected = {
      ...saved,
      businessHours: { ...saved.businessHours, holidays: ['2025-01-01', '2025-12-25'] },
    };
    expect(await res.json()).toEqual(expected);
    expect(await settings()).toEqual(expected);
  });

  it('keep the report targets, retention and ticket deadlines when a console that does not know them saves the rest', async () => {
    await api('PUT', '/api/settings', admin, saved);
    const older = { businessHours: saved.businessHours, departmentPicker: false };
    const res = await api('PUT', '/api/settings', admin, older);
    expect(res.status).toBe(200);
    expect(await settings()).toMatchObject({
      departmentPicker: false,
      report: saved.report,
      retention: saved.retention,
      tickets: saved.tickets,
    });
  });

  it('refuse a pick-up target above 100 %', async () => {
    const before = await settings();
    const report = { ...saved.report, pickUpTarget: 95 };
    const res = await api('PUT', '/api/settings', admin, { ...saved, report });
    expect(res.status).toBe(400);
    expect(await settings()).toEqual(before);
  });

  it.each([
    ['an unknown time zone', { ...saved.businessHours, timeZone: 'Mars/Olympus_Mons' }],
    [
      'a period closing before it opens',
      { ...saved.businessHours, weekly: [{ day: 2, open: '18:00', close: '09:00' }] },
    ],
    ['a day 7', { ...saved.businessHours, weekly: [{ day: 7, open: '09:00', close: '18:00' }] }],
  ])('refuse %s and keep what was saved', async (_name, businessHours) => {
    const before = await settings();
    const res = await api('PUT', '/api/settings', admin, {
      businessHours,
      departmentPicker: false,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await settings()).toEqual(before);
  });

  it('fall back to the default for a stored value that no longer fits, and only for it', async () => {
    const before = await settings();
    await server.store.settings.set(
      { 'desk.businessHours': { enabled: 'yes' } },
      '2025-03-01T08:00:00Z',
    );
    const now = await settings();
    expect(now.businessHours.enabled).toBe(false);
    expect(now.businessHours.timeZone).toBe('Asia/Shanghai');
    expect(now.departmentPicker).toBe(before.departmentPicker);
  });
});

describe('signed out', () => {
  it.each([
    ['GET', '/api/quick-replies'],
    ['POST', '/api/quick-replies'],
    ['PUT', '/api/quick-replies/greet-en'],
    ['DELETE', '/api/quick-replies/greet-en'],
    ['GET', '/api/settings'],
    ['PUT', '/api/settings'],
    ['GET', '/api/left-messages'],
    ['POST', '/api/left-messages/x/handle'],
  ])('%s %s asks to sign in', async (method, path) => {
    const res = await api(method, path, null, method === 'GET' ? undefined : {});
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });
});

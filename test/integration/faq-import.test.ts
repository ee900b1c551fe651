import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FAQ_FILE_TYPES,
  readFaqFile,
  writeFaqFile,
  type FaqFileFormat,
} from '../../knowledge/io/index.ts';
import type { ImportReport } from '../../protocol/index.ts';
import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { signIn } from '../helpers/agent-client.ts';
import { addAgent } from '../helpers/console-api.ts';
import { askBot, FaqApi } from '../helpers/faq-admin.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let cookie: string;

beforeEach(async () => {
  server = await startServer();
  cookie = await signIn(server.url);
});
afterEach(() => server.close());

/** return.zh of the fixture FAQ, exactly as stored. */
const RETURN: FaqImportEntry = {
  id: 'return.zh',
  lang: 'zh-CN',
  question: '怎么申请退货？',
  similar: ['退货流程是什么', '我想退货'],
  keywords: ['退货'],
  answer: '在「我的订单」里点 **申请退货**，7 天内无理由退货。',
  category: null,
  department: null,
  status: 'published',
};
const REFUND_EDITED: FaqImportEntry = {
  id: 'refund-time.zh',
  lang: 'zh-CN',
  question: '退款多久到账？',
  similar: ['退款什么时候到', '钱什么时候退回来'],
  keywords: ['退款'],
  answer: '退款在 1–5 个工作日内原路退回。',
  category: '售后',
  department: null,
  status: 'published',
};
const POINTS: FaqImportEntry = {
  id: 'points.zh',
  lang: 'zh-CN',
  question: '会员积分怎么兑换？',
  similar: ['积分能换什么', '积分兑换在哪里'],
  keywords: ['积分'],
  answer: '在「会员中心」兑换积分。',
  category: '会员',
  department: null,
  status: 'published',
};
const NO_ANSWER: FaqImportEntry = { ...POINTS, id: 'gift-card.zh', question: '礼品卡', answer: '' };

async function upload(
  body: Uint8Array,
  format: FaqFileFormat,
  apply: boolean,
  as: string | null = cookie,
): Promise<Response> {
  return fetch(`${server.url}/api/faq/import?format=${format}&apply=${String(apply)}`, {
    method: 'POST',
    headers: { 'content-type': FAQ_FILE_TYPES[format], ...(as ? { cookie: as } : {}) },
    body: Buffer.from(body),
  });
}

async function report(res: Response): Promise<ImportReport> {
  expect(res.status).toBe(200);
  return (await res.json()) as ImportReport;
}

async function download(path: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { cookie } });
}

/** What the knowledge base holds, as an export shows it. */
async function exported(): Promise<string> {
  return (await download('/api/faq/export?format=json')).text();
}

describe('importing a knowledge-base file', () => {
  it('shows a dry run of new, changed, unchanged and invalid rows, and writes nothing', async () => {
    const before = await exported();
    const file = await writeFaqFile([RETURN, REFUND_EDITED, POINTS, NO_ANSWER], 'xlsx');
    expect(await report(await upload(file, 'xlsx', false))).toEqual({
      format: 'xlsx',
      added: ['points.zh'],
      changed: ['refund-time.zh'],
      unchanged: ['return.zh'],
      invalid: [{ row: 5, reason: '答案 answer: missing' }],
      applied: false,
    });
    expect(await exported()).toBe(before);
    expect((await askBot(server.url, '积分怎么兑换')).kind).not.toBe('answer');
  });

  it('applies a valid file at once: the bot answers an imported question', async () => {
    const file = await writeFaqFile([RETURN, REFUND_EDITED, POINTS], 'xlsx');
    expect(await report(await upload(file, 'xlsx', true))).toMatchObject({
      added: ['points.zh'],
      changed: ['refund-time.zh'],
      unchanged: ['return.zh'],
      invalid: [],
      applied: true,
    });
    expect(await askBot(server.url, '积分怎么兑换')).toMatchObject({
      kind: 'answer',
      faqId: 'points.zh',
      body: '在「会员中心」兑换积分。',
    });
    expect((await askBot(server.url, '退款多久到账')).body).toBe('退款在 1–5 个工作日内原路退回。');
    const { revisions } = await new FaqApi(server.url, cookie).detail('refund-time.zh');
    expect(revisions[0]).toMatchObject({ action: 'imported', entry: { category: '售后' } });
  });

  it('imports nothing from an XLSX file with one invalid row among good ones', async () => {
    const before = await exported();
    const file = await writeFaqFile([POINTS, REFUND_EDITED, NO_ANSWER], 'xlsx');
    const result = await report(await upload(file, 'xlsx', true));
    expect(result).toMatchObject({ applied: false, invalid: [{ row: 4 }] });
    expect(await exported()).toBe(before);
    expect((await askBot(server.url, '积分怎么兑换')).kind).not.toBe('answer');
  });

  it('refuses a corrupt XLSX file and writes nothing', async () => {
    const before = await exported();
    const whole = await writeFaqFile([POINTS, REFUND_EDITED], 'xlsx');
    const res = await upload(whole.slice(0, whole.length / 2), 'xlsx', true);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_input', message: 'The file is not a readable XLSX workbook.' },
    });
    expect(await exported()).toBe(before);
  });

  it.each(['xlsx', 'csv', 'json'] as const)(
    'reads back its own %s export as all unchanged',
    async (format) => {
      const res = await download(`/api/faq/export?format=${format}`);
      expect(res.headers.get('content-type')).toContain(FAQ_FILE_TYPES[format].split(';')[0]);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename=kefu-faq-2025-03-01.${format}`,
      );
      const file = new Uint8Array(await res.arrayBuffer());
      const result = await report(await upload(file, format, false));
      expect(result).toMatchObject({ added: [], changed: [], invalid: [] });
      expect(result.unchanged).toHaveLength(7);
    },
  );

  it('gives departments a template with one example row to fill in', async () => {
    const res = await download('/api/faq/template?format=xlsx');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename=kefu-faq-template.xlsx',
    );
    const template = await readFaqFile(new Uint8Array(await res.arrayBuffer()), 'xlsx');
    expect(template.problems).toEqual([]);
    expect(template.rows.map((r) => r.row)).toEqual([2]);
    const csv = await download('/api/faq/template?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});

describe('who may move knowledge-base files', () => {
  const file = () => writeFaqFile([POINTS], 'json');

  it('turns away agents (403) and visitors who are not signed in (401)', async () => {
    const agent = { id: 'a1', name: 'Ann', email: 'ann@kefu.local', password: 'ann-password' };
    await addAgent(server, agent);
    const agentCookie = await signIn(server.url, { email: agent.email, password: agent.password });
    for (const [as, status] of [
      [agentCookie, 403],
      [null, 401],
    ] as const) {
      const headers = as ? { cookie: as } : undefined;
      expect((await fetch(`${server.url}/api/faq/export`, { headers })).status).toBe(status);
      expect((await fetch(`${server.url}/api/faq/template`, { headers })).status).toBe(status);
      expect((await upload(await file(), 'json', true, as)).status).toBe(status);
    }
    expect(await server.store.faqEntries.get('points.zh')).toBeNull();
  });

  it('takes no upload another site could send: a form type or a foreign origin', async () => {
    const url = `${server.url}/api/faq/import?format=csv&apply=true`;
    const body = Buffer.from(await writeFaqFile([POINTS], 'csv'));
    const asForm = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body,
    });
    expect(asForm.status).toBe(403);
    const foreign = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', origin: 'https://evil.example', cookie },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(await server.store.faqEntries.get('points.zh')).toBeNull();
  });
});

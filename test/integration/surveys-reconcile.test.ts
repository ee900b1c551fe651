import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey, SurveyQuestion, SurveyResults } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  consoleCalls,
  openSurvey,
  visitorCalls,
  type SurveySaveInput,
} from '../helpers/surveys.ts';
import { createSession, newClientId } from '../helpers/visitor-client.ts';

const VISITORS = 80;
const SEED = 20261126;

/** Five questions, two of them optional stars and words, so "answered" differs per question. */
const INPUT = {
  title: '售后满意度 Q4',
  intro: '',
  questions: [
    { kind: 'rating', prompt: '总体满意度', required: true, options: [] },
    { kind: 'rating', prompt: 'Delivery speed', required: false, options: [] },
    {
      kind: 'single',
      prompt: '是否会推荐给朋友？',
      required: true,
      options: ['会', '不会', '不确定'],
    },
    {
      kind: 'multiple',
      prompt: 'What could be better?',
      required: false,
      options: ['Price', 'Packaging, "boxes"', '客服响应', 'Delivery'],
    },
    { kind: 'text', prompt: '其他意见', required: false, options: [] },
  ],
  placement: { afterChat: false, pages: ['/orders/*'], link: true },
} satisfies SurveySaveInput;

/** Words a visitor might write, spreadsheet traps and blank ones included. */
const words = fc.oneof(
  fc.constantFrom(
    '很好',
    '  包装太简单了  ',
    '=HYPERLINK("http://evil.example","click")',
    '-1 分',
    '@admin 看一下',
    '+86 138 0000 0000',
    'line one\nline two',
    'comma, and "quotes"',
    '   ',
  ),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.isWellFormed()),
);

interface Sent {
  channel: 'link' | 'page';
  pageUrl: string | null;
  lang: 'zh-CN' | 'en';
  rating: number;
  delivery: number | null;
  recommend: number;
  better: number[] | null;
  text: string | null;
}

const sentArb: fc.Arbitrary<Sent> = fc.record({
  channel: fc.constantFrom('link', 'page'),
  pageUrl: fc.constant(null),
  lang: fc.constantFrom('zh-CN', 'en'),
  rating: fc.integer({ min: 1, max: 5 }),
  delivery: fc.option(fc.integer({ min: 1, max: 5 })),
  recommend: fc.integer({ min: 0, max: 2 }),
  better: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 })),
  text: fc.option(words),
});

let server: TestServer;
let admin: ReturnType<typeof consoleCalls>;
let cookie: string;
let survey: Survey;
let sent: (Sent & { at: string })[];

beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server.url);
  admin = consoleCalls(server, cookie);
  survey = await openSurvey(admin, INPUT);
  const ids = survey.questions.map((q) => q.id);
  sent = [];
  for (const [i, s] of fc.sample(sentArb, { seed: SEED, numRuns: VISITORS }).entries()) {
    const pageUrl = s.channel === 'page' ? `https://shop.example/orders/${i}?tab=review` : null;
    const answers = [
      { questionId: ids[0], rating: s.rating },
      ...(s.delivery === null ? [] : [{ questionId: ids[1], rating: s.delivery }]),
      { questionId: ids[2], choices: [s.recommend] },
      ...(s.better === null ? [] : [{ questionId: ids[3], choices: s.better }]),
      ...(s.text === null ? [] : [{ questionId: ids[4], text: s.text }]),
    ];
    const session = await createSession(server.url, s.lang);
    const res = await visitorCalls(server, session.token)(
      'POST',
      `/api/surveys/${survey.id}/responses`,
      {
        clientId: newClientId(),
        channel: s.channel,
        pageUrl,
        answers,
      },
    );
    expect(res.status).toBe(201);
    sent.push({ ...s, pageUrl, at: server.clock.now().toISOString() });
    server.clock.advance(61_000);
  }
});
afterAll(() => server.close());

/** What a text answer is once stored: trimmed; blank is no answer. */
const storedText = (s: Sent) => s.text?.trim() || null;

/** The expected export row, cell by cell, from what was sent. */
function expectedCells(s: Sent): (string | number)[] {
  const [, , recommend, better] = survey.questions as [
    SurveyQuestion,
    SurveyQuestion,
    SurveyQuestion,
    SurveyQuestion,
  ];
  return [
    s.rating,
    s.delivery ?? '',
    recommend.options[s.recommend]!,
    s.better?.length ? s.better.map((c) => better.options[c]).join('; ') : '',
    storedText(s) ?? '',
  ];
}

/** Channel and language as the (Chinese-speaking) admin's export names them. */
const labels = (s: Sent) => [
  s.channel === 'page' ? '页面' : '链接',
  s.lang === 'zh-CN' ? '中文' : '英文',
];

const shanghai = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(new Date(iso));

async function download(format: 'csv' | 'xlsx'): Promise<Response> {
  const path = `/api/admin/surveys/${survey.id}/export?format=${format}`;
  const res = await consoleRequest(server.url, 'GET', path, cookie);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
  expect(res.headers.get('content-disposition')).toContain(
    `filename*=UTF-8''${encodeURIComponent(`售后满意度 Q4-2025-03-01.${format}`)}`,
  );
  return res;
}

describe('survey results reconcile with the answers submitted', () => {
  it('counts every question as the test counts what it sent', async () => {
    const res = await admin<SurveyResults>('GET', `/api/admin/surveys/${survey.id}/results`);
    expect(res.status).toBe(200);
    const stars = (pick: (s: Sent) => number | null) => {
      const given = sent.map(pick).filter((r): r is number => r !== null);
      const sum = given.reduce((a, b) => a + b, 0);
      return {
        answered: given.length,
        average: given.length ? Math.round((sum / given.length) * 100) / 100 : null,
        counts: [1, 2, 3, 4, 5].map((n) => given.filter((r) => r === n).length),
      };
    };
    const texts = sent
      .filter((s) => storedText(s) !== null)
      .map((s) => ({ text: storedText(s), at: s.at }))
      .reverse();
    const ids = survey.questions.map((q) => q.id);
    expect(res.body).toEqual({
      survey: { ...survey, responses: VISITORS },
      responses: VISITORS,
      byChannel: {
        after_chat: 0,
        page: sent.filter((s) => s.channel === 'page').length,
        link: sent.filter((s) => s.channel === 'link').length,
      },
      questions: [
        { questionId: ids[0], kind: 'rating', ...stars((s) => s.rating) },
        { questionId: ids[1], kind: 'rating', ...stars((s) => s.delivery) },
        {
          questionId: ids[2],
          kind: 'single',
          answered: VISITORS,
          counts: [0, 1, 2].map((o) => sent.filter((s) => s.recommend === o).length),
        },
        {
          questionId: ids[3],
          kind: 'multiple',
          answered: sent.filter((s) => s.better?.length).length,
          counts: [0, 1, 2, 3].map((o) => sent.filter((s) => s.better?.includes(o)).length),
        },
        { questionId: ids[4], kind: 'text', answered: texts.length, latest: texts.slice(0, 50) },
      ],
    });
    // The sample is rich enough to mean something: blank words, skipped stars, over 50 words.
    expect(sent.some((s) => s.text !== null && storedText(s) === null)).toBe(true);
    expect(texts.length).toBeGreaterThan(50);
    expect(sent.some((s) => s.delivery === null)).toBe(true);
  });

  it('exports the same answers as CSV, with formulas kept as text', async () => {
    const bytes = new Uint8Array(await (await download('csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { relaxColumnCount: false }) as string[][];
    expect(rows[0]!.slice(4)).toEqual(INPUT.questions.map((q) => q.prompt));
    const inert = (v: string | number) => {
      const text = String(v);
      return /^[=+\-@]/.test(text) ? `'${text}` : text;
    };
    expect(rows.slice(1)).toEqual(
      sent.map((s) => [
        shanghai(s.at),
        expect.any(String),
        s.pageUrl ?? '',
        expect.any(String),
        ...expectedCells(s).map(inert),
      ]),
    );
    expect(rows.slice(1).map((r) => [r[1], r[3]])).toEqual(sent.map(labels));
    // A visitor's "=HYPERLINK(…)" reaches Excel as text, not as a formula.
    expect(rows.flat().filter((c) => c.startsWith("'=HYPERLINK")).length).toBeGreaterThan(0);
  });

  it('exports the same answers as XLSX, ratings as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download('xlsx')).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows: (string | number)[][] = [];
    sheet.eachRow((row) => {
      const cells: (string | number)[] = [];
      for (let c = 1; c <= 9; c += 1) {
        const value = row.getCell(c).value;
        cells.push(typeof value === 'number' || typeof value === 'string' ? value : '');
      }
      rows.push(cells);
    });
    expect(rows[0]!.slice(4)).toEqual(INPUT.questions.map((q) => q.prompt));
    expect(rows.slice(1)).toEqual(
      sent.map((s) => [
        shanghai(s.at),
        labels(s)[0],
        s.pageUrl ?? '',
        labels(s)[1],
        ...expectedCells(s),
      ]),
    );
  });
});

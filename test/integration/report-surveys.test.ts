import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport, Survey, SurveyAnswer } from '../../protocol/index.ts';
import { adminApi, expectJson } from '../helpers/admin-api.ts';
import { signIn } from '../helpers/agent-client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { DAY_MS } from '../helpers/tickets.ts';
import { createSession, newClientId } from '../helpers/visitor-client.ts';

let server: TestServer;
let api: ReturnType<typeof adminApi>;
let survey: Survey;
beforeAll(async () => {
  server = await startServer();
  api = adminApi(server, await signIn(server.url));
  const made = await expectJson<{ survey: Survey }>(
    await api('POST', '/api/admin/surveys', {
      title: '退货体验调查',
      questions: [
        { kind: 'rating', prompt: '整体满意度', required: true },
        { kind: 'single', prompt: '退货方式', options: ['上门取件', '自行寄回'] },
        { kind: 'multiple', prompt: '哪些环节慢', options: ['审核', '退款', '物流'] },
        { kind: 'text', prompt: '其他建议' },
      ],
      placement: { link: true },
    }),
    201,
  );
  survey = (
    await expectJson<{ survey: Survey }>(
      await api('POST', `/api/admin/surveys/${made.survey.id}/status`, {
        status: 'open',
        version: made.survey.version,
      }),
      200,
    )
  ).survey;
});
afterAll(() => server.close());

/** A new visitor answers by the survey's link: stars, a choice, ticks, maybe words. */
async function answer(stars: 1 | 2 | 3 | 4 | 5, single: number | null, ticks: number[], text = '') {
  const [rating, choice, multiple, words] = survey.questions.map((q) => q.id);
  const answers: SurveyAnswer[] = [{ questionId: rating ?? '', rating: stars }];
  if (single !== null) answers.push({ questionId: choice ?? '', choices: [single] });
  if (ticks.length > 0) answers.push({ questionId: multiple ?? '', choices: ticks });
  if (text) answers.push({ questionId: words ?? '', text });
  const session = await createSession(server.url);
  const res = await fetch(`${server.url}/api/surveys/${survey.id}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ clientId: newClientId(), channel: 'link', answers }),
  });
  expect(res.status).toBe(201);
}

describe('the monthly report’s surveys', () => {
  it('counts the responses stored in the month, question by question, in the JSON and the workbook', async () => {
    // March (the fake clock starts on 1 March): two responses.
    await answer(5, 0, [0]);
    await answer(3, 1, [1, 2], '退款太慢');
    server.clock.advance(31 * DAY_MS);
    // A month later the admin signs in again (sessions end after 12 idle hours).
    api = adminApi(server, await signIn(server.url));
    // April: three.
    await answer(4, 0, [0, 1]);
    await answer(2, null, [], '客服很耐心');
    await answer(5, 0, [1]);

    const april = await expectJson<MonthlyReport>(
      await api('GET', '/api/reports?month=2025-04'),
      200,
    );
    expect(april.surveys).toEqual([
      {
        id: survey.id,
        title: '退货体验调查',
        responses: 3,
        previousResponses: 2,
        questions: [
          { prompt: '整体满意度', kind: 'rating', answered: 3, average: 3.67, options: [] },
          {
            prompt: '退货方式',
            kind: 'single',
            answered: 2,
            average: null,
            options: [
              { label: '上门取件', count: 2 },
              { label: '自行寄回', count: 0 },
            ],
          },
          {
            prompt: '哪些环节慢',
            kind: 'multiple',
            answered: 2,
            average: null,
            options: [
              { label: '审核', count: 1 },
              { label: '退款', count: 2 },
              { label: '物流', count: 0 },
            ],
          },
          { prompt: '其他建议', kind: 'text', answered: 1, average: null, options: [] },
        ],
      },
    ]);
    const march = await expectJson<MonthlyReport>(
      await api('GET', '/api/reports?month=2025-03'),
      200,
    );
    expect(march.surveys.map((s) => [s.responses, s.previousResponses])).toEqual([[2, 0]]);
    const may = await expectJson<MonthlyReport>(
      await api('GET', '/api/reports?month=2025-05'),
      200,
    );
    expect(may.surveys).toEqual([]);

    const res = await api('GET', '/api/reports/report.xlsx?month=2025-04&lang=zh-CN');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const rows = workbook
      .getWorksheet('专项调查')
      ?.getSheetValues()
      .filter((row) => Array.isArray(row))
      .map((row) => row.slice(1));
    expect(rows).toEqual([
      ['问卷', '答卷数', '上期答卷数', '问题', '作答数', '平均星级', '选项', '选择次数'],
      ['退货体验调查', 3, 2, '整体满意度', 3, 3.67],
      ['退货体验调查', 3, 2, '退货方式', 2, undefined, '上门取件', 2],
      ['退货体验调查', 3, 2, '退货方式', 2, undefined, '自行寄回', 0],
      ['退货体验调查', 3, 2, '哪些环节慢', 2, undefined, '审核', 1],
      ['退货体验调查', 3, 2, '哪些环节慢', 2, undefined, '退款', 2],
      ['退货体验调查', 3, 2, '哪些环节慢', 2, undefined, '物流', 0],
      ['退货体验调查', 3, 2, '其他建议', 1],
    ]);
  });
});

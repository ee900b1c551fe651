import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MonthlyReport } from '../../protocol/index.ts';
import { expectError, expectJson } from '../helpers/admin-api.ts';
import { signIn, type ConsoleTab } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, newVisitor, unwrap, type VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: string;
let ann: string;
const open: { close(): void }[] = [];

const get = (path: string, cookie: string | null) =>
  consoleRequest(server.url, 'GET', path, cookie);

/**
 * The fake clock reads Saturday 1 March 2025, 16:00 in Shanghai. One visitor is answered by
 * the bot and leaves it there; another asks for a person right after an answer, Ann replies
 * 12 s later, closes it as a consultation, and the visitor rates it 5 with a comment.
 */
beforeAll(async () => {
  server = await startServer();
  const tab: ConsoleTab = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
  ann = await signIn(server.url, { email: 'ann@kefu.local', password: 'ann-password' });
  admin = await signIn(server.url);
  const { tab: browsing } = await newVisitor(server.url, 'en');
  const { tab: visitor }: { tab: VisitorTab } = await newVisitor(server.url, 'en');
  open.push(tab, browsing, visitor);

  await browsing.send('How do I reset my password?');
  const question = await visitor.send('How do I return an item?');
  unwrap(await visitor.requestHandoff());
  const { conversationId } = question;
  await heldBy(server, conversationId, 'ann');
  server.clock.advance(12_000);
  unwrap(await tab.call('message.send', { conversationId, clientId: newClientId(), body: 'Hi!' }));
  unwrap(
    await tab.call('conversation.close', {
      conversationId,
      type: 'consultation',
      departmentId: 'general',
      tags: [],
      summary: 'Return explained',
    }),
  );
  await vi.waitFor(() => expect(visitor.state).toMatchObject({ canRate: true }));
  unwrap(
    await visitor.socket
      .timeout(5_000)
      .emitWithAck('rating.send', { conversationId, score: 5, comment: 'Quick and kind' }),
  );
  // And a complaint taken down as a work order (工单), still open.
  const ticket = await consoleRequest(server.url, 'POST', '/api/tickets', admin, {
    type: 'complaint',
    departmentId: 'general',
    title: 'Broken cup',
  });
  expect(ticket.status).toBe(201);
});
afterAll(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

describe('GET /api/reports', () => {
  it('counts this month’s conversations: the handoff, its type, its reply time and its rating', async () => {
    const report = await expectJson<MonthlyReport>(
      await get('/api/reports?month=2025-03', admin),
      200,
    );
    expect(report.period).toMatchObject({ month: '2025-03', timeZone: 'Asia/Shanghai' });
    expect(report.headline).toMatchObject({
      conversations: 2,
      visitorMessages: 2,
      visitors: 2,
      newVisitors: 2,
      botOnly: 1,
      botOnlyShare: 0.5,
      handoffs: 1,
      handoffRate: 0.5,
      abandoned: 0,
      firstReplyP50: 12,
      pickedUp: 1,
      pickUpShare: 1,
      ratings: 1,
      ratingAverage: 5,
      satisfiedShare: 1,
      complaints: 0,
    });
    expect(report.previous.conversations).toBe(0);
    expect(report.types).toMatchObject({ consultation: 1, unclassified: 1 });
    expect(report.daily[0]).toMatchObject({ date: '2025-03-01', conversations: 2, handoffs: 1 });
    // Saturday is row 5 when Monday is row 0; 16:00 in Shanghai.
    expect(report.heatmap[5]?.[16]).toBe(2);
    expect(report.agents).toEqual([
      expect.objectContaining({ id: 'ann', name: 'Ann', chats: 1, messages: 1, ratings: 1 }),
    ]);
    expect(report.topQuestions).toContainEqual(
      expect.objectContaining({ faqId: 'return.en', hits: 1, handoffsAfter: 1 }),
    );
    expect(report.satisfaction.distribution).toEqual([0, 0, 0, 0, 1]);
    expect(report.satisfaction.comments).toEqual([
      expect.objectContaining({ rating: 5, comment: 'Quick and kind', agentName: 'Ann' }),
    ]);
    expect(report.tickets.figures).toMatchObject({ created: 1, resolved: 0, openAtEnd: 1 });
    expect(report.tickets.types.complaint).toBe(1);
    expect(report.tickets.departments).toEqual([
      expect.objectContaining({ id: 'general', created: 1 }),
    ]);
  });

  it('refuses a month that does not exist', async () => {
    const message = await expectError(
      await get('/api/reports?month=2025-13', admin),
      400,
      'invalid_input',
    );
    expect(message).toContain('YYYY-MM');
  });

  it('is for admins only', async () => {
    for (const path of ['/api/reports', '/api/reports/report.xlsx', '/api/reports/report.html']) {
      await expectError(await get(`${path}?month=2025-03`, ann), 403, 'forbidden');
      await expectError(await get(`${path}?month=2025-03`, null), 401, 'unauthorized');
    }
  });
});

describe('the report files', () => {
  it('downloads a workbook with a sheet per section, labels in the language asked for', async () => {
    const res = await get('/api/reports/report.xlsx?month=2025-03&lang=en', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('kefu-report-2025-03.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Daily',
      'Heatmap',
      'Departments',
      'Types',
      'Top questions',
      'Unanswered',
      'Agents',
      'Satisfaction',
      'Comments',
      'Work orders',
      'Surveys',
    ]);
    const tickets = workbook.getWorksheet('Work orders')!;
    expect(tickets.getRow(1).values).toEqual([
      undefined,
      'Figure',
      'This period',
      'Previous period',
      'Change',
    ]);
    const created = tickets
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[1] === 'Tickets created');
    expect(Array.isArray(created) && created.slice(2, 5)).toEqual([1, 0, 1]);
    const summary = workbook.getWorksheet('Summary')!;
    const conversations = summary
      .getSheetValues()
      .find((row) => Array.isArray(row) && row[1] === 'Conversations');
    expect(Array.isArray(conversations) && conversations.slice(2, 5)).toEqual([2, 0, 2]);

    const zh = await get('/api/reports/report.xlsx?month=2025-03&lang=zh-CN', admin);
    const chinese = new ExcelJS.Workbook();
    await chinese.xlsx.load(await zh.arrayBuffer());
    expect(chinese.worksheets[0]?.name).toBe('概要');
    expect(chinese.worksheets.at(-1)?.name).toBe('专项调查');
  });

  it('serves the printable page', async () => {
    const res = await get('/api/reports/report.html?month=2025-03&lang=en', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('Ann');
    expect(page).toContain('<h2>Work orders</h2>');
  });
});

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';
import {
  AGENT_REPLY,
  getTranscripts,
  listTranscripts,
  transcriptScene,
  type TranscriptScene,
} from '../helpers/transcripts.ts';
import { newVisitor } from '../helpers/visitor-client.ts';

let server: TestServer;
let scene: TranscriptScene;
const open: { close(): void }[] = [];

async function withScene() {
  server = await startServer();
  scene = await transcriptScene(server);
  open.push(scene.ann, scene.visitor, scene.botVisitor);
}
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

describe('transcript exports', () => {
  it('exports the result list as CSV with a BOM, a header and one row per conversation', async () => {
    await withScene();
    const res = await getTranscripts(server, scene.admin, '/export.csv?q=退货&lang=en&page=3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?kefu-transcripts-2025-03-01\.csv"?$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte-order mark checked above.
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Conversation ID,Visitor ID,Visitor code,Language,Status,/);
    expect(lines[1]).toContain(scene.handled);
    expect(lines[1]).toContain('General enquiries');
    expect(lines[1]).toContain('Complaint');
    expect(lines[1]).toContain('我想退货，地址写错了');

    const zh = await getTranscripts(server, scene.admin, '/export.csv?lang=zh-CN');
    const text = new TextDecoder().decode(await zh.arrayBuffer());
    expect(text.split('\r\n')[0]).toMatch(/^会话编号,/);
    expect(text.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('exports XLSX that opens with the row in it', async () => {
    await withScene();
    const res = await getTranscripts(server, scene.admin, '/export.xlsx?type=complaint&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('kefu-transcripts-2025-03-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(1).getCell(1).value).toBe('Conversation ID');
    const row = sheet.getRow(2).values as unknown[];
    expect(row).toContain(scene.handled);
    expect(row).toContain('Wrong address on a return');
    expect(row).toContain(5);
  });

  it('keeps exports to what the agent may read, and checks the filters', async () => {
    await withScene();
    const csv = await getTranscripts(server, scene.bob, '/export.csv?lang=en');
    expect(
      new TextDecoder()
        .decode(await csv.arrayBuffer())
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(1);
    expect((await getTranscripts(server, scene.admin, '/export.csv?rating=0')).status).toBe(400);
    expect((await getTranscripts(server, scene.admin, '/export.xlsx?lang=fr')).status).toBe(400);
  });

  it('downloads one transcript as a page with every message escaped', async () => {
    await withScene();
    const res = await getTranscripts(
      server,
      scene.admin,
      `/${scene.handled}/transcript.html?lang=en`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `kefu-transcript-2025-03-01-${scene.handled}.html`,
    );
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Internal notes');
    expect(html).toContain('VIP customer');
    expect(html).toContain('<html lang="en">');
  });

  it('downloads one transcript as text, the messages in order and times on the desk’s clock', async () => {
    await withScene();
    const res = await getTranscripts(
      server,
      scene.admin,
      `/${scene.handled}/transcript.txt?lang=zh-CN`,
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(lines[0]).toMatch(/^会话记录 · 访客 [0-9A-F]{4}$/);
    expect(lines[at('我想退货')]).toMatch(
      /^\[2025-03-01 16:00:00\] 访客 [0-9A-F]{4}: 我想退货，地址写错了$/,
    );
    expect(at('我想退货')).toBeLessThan(at('Where is the refund form?'));
    expect(at('Where is the refund form?')).toBeLessThan(at(`Ann: ${AGENT_REPLY}`));
    expect(at(`Ann: ${AGENT_REPLY}`)).toBeLessThan(at('== 内部备注 =='));
    expect(at('== 内部备注 ==')).toBeLessThan(at('VIP customer'));
    expect(lines).toContain('类型: 投诉');
  });
});

describe('search indexer', () => {
  it('makes a new message searchable once it has caught up, and in the background', async () => {
    await withScene();
    const { tab } = await newVisitor(server.url, 'zh-CN');
    open.push(tab);
    const sent = await tab.send('发票抬头怎么改');
    expect((await listTranscripts(server, scene.admin, { q: '发票' })).rows).toEqual([]);
    // The background indexer may have taken it first: either way, indexed once caught up.
    await catchUpSearchIndex({ store: server.store });
    const found = await listTranscripts(server, scene.admin, { q: '抬头' });
    expect(found.rows.map((r) => r.id)).toEqual([sent.conversationId]);

    await tab.send('还有电子发票');
    server.clock.advance(600);
    await vi.waitFor(async () => {
      const rows = (await listTranscripts(server, scene.admin, { q: '电子' })).rows;
      expect(rows.map((r) => r.id)).toEqual([sent.conversationId]);
    });
  });

  it('keeps its progress across a restart and indexes nothing twice', async () => {
    const dataDir = await makeTempDir('kefu-transcripts-');
    server = await startServer({ dataDir });
    scene = await transcriptScene(server);
    open.push(scene.ann, scene.visitor, scene.botVisitor);
    for (const tab of open.splice(0)) tab.close();
    await server.close();

    server = await startServer({ dataDir });
    expect(await catchUpSearchIndex({ store: server.store })).toBe(0);
    const found = await listTranscripts(server, await signIn(server.url), { q: '退货' });
    expect(found.rows.map((r) => r.id)).toEqual([scene.handled]);
    expect(found.total).toBe(1);
  });
});

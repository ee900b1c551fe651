import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage, WidgetSettingsView } from '../../protocol/index.ts';
import { signIn, type ConsoleTab } from '../helpers/agent-client.ts';
import {
  EXE,
  PDF,
  PNG,
  agentDownload,
  agentUpload,
  storedFiles,
  visitorDownload,
  visitorUpload,
} from '../helpers/attachments.ts';
import { addDepartment, consoleRequest } from '../helpers/console-api.ts';
import { auditEntries, saveRetention } from '../helpers/data-care.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  createSession,
  newClientId,
  newVisitor,
  type VisitorTab,
} from '../helpers/visitor-client.ts';

let server: TestServer;
let ann: ConsoleTab;
let annCookie: string;
let visitor: VisitorTab;
let token: string;
let conversationId: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  ann = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
  annCookie = await signIn(server.url, { email: 'ann@kefu.local', password: 'ann-password' });
  const asked = await visitorAsking(server, 'My parcel arrived broken');
  ({ tab: visitor, conversationId } = asked);
  token = asked.token;
  open.push(ann, visitor);
  await heldBy(server, conversationId, 'ann');
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

async function created(res: Response): Promise<ChatMessage> {
  expect(res.status).toBe(201);
  return ((await res.json()) as { message: ChatMessage }).message;
}

async function refusal(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  const { error } = (await res.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('invalid_input');
  return error.message;
}

const visitorMessages = async () =>
  (await visitor.sync(0)).filter((m) => m.author === 'visitor').map((m) => m.body);

describe('a visitor sends a file', () => {
  it('reaches the agent and the visitor’s tabs as a message with the file, served to both', async () => {
    const message = await created(
      await visitorUpload(server.url, token, PNG, { name: 'broken cup.png' }),
    );
    expect(message).toMatchObject({
      conversationId,
      author: 'visitor',
      kind: 'attachment',
      body: 'broken cup.png',
      attachment: { name: 'broken cup.png', type: 'image/png', size: PNG.length, image: true },
    });
    await vi.waitFor(() => expect(ann.messages.map((m) => m.id)).toContain(message.id));
    await vi.waitFor(() => expect(visitor.created.map((m) => m.id)).toContain(message.id));

    const forAgent = await agentDownload(server.url, annCookie, message.id);
    expect(forAgent.status).toBe(200);
    expect(Buffer.from(await forAgent.arrayBuffer())).toEqual(PNG);
    expect(forAgent.headers.get('content-type')).toBe('image/png');
    expect(forAgent.headers.get('x-content-type-options')).toBe('nosniff');
    expect(forAgent.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(forAgent.headers.get('content-security-policy')).toContain('sandbox');

    const forVisitor = await visitorDownload(server.url, token, message.id);
    expect(forVisitor.status).toBe(200);
    expect(Buffer.from(await forVisitor.arrayBuffer())).toEqual(PNG);
  });

  it('stores a resend with the same clientId once', async () => {
    const clientId = newClientId();
    const first = await created(
      await visitorUpload(server.url, token, PDF, { name: 'receipt.pdf', clientId }),
    );
    const again = await created(
      await visitorUpload(server.url, token, PDF, { name: 'receipt.pdf', clientId }),
    );
    expect(again).toEqual(first);
    expect(await storedFiles(server)).toEqual([first.id]);
    expect(await visitorMessages()).toEqual(['My parcel arrived broken', 'receipt.pdf']);
  });

  it.each([
    ['a PNG called .pdf', PNG, 'scan.pdf', /does not match its name \(\.pdf\)/],
    ['a program called .png', EXE, 'photo.png', /cannot be sent/],
    ['a program with no ending', EXE, 'setup', /cannot be sent/],
  ])('refuses %s by its content, storing nothing', async (_what, bytes, name, message) => {
    const res = await visitorUpload(server.url, token, bytes, { name });
    expect(await refusal(res, 415)).toMatch(message);
    expect(await storedFiles(server)).toEqual([]);
    expect(await visitorMessages()).toEqual(['My parcel arrived broken']);
  });

  it('refuses a file over the site’s limit, said or streamed, storing nothing', async () => {
    const admin = await signIn(server.url);
    const view = (await (
      await consoleRequest(server.url, 'GET', '/api/admin/widget', admin)
    ).json()) as WidgetSettingsView;
    const limits = { maxMb: 1, kinds: ['image', 'pdf'] };
    const put = await consoleRequest(server.url, 'PUT', '/api/admin/widget', admin, {
      ...view.settings,
      attachments: limits,
    });
    expect(put.status).toBe(200);
    const big = Buffer.concat([PDF, Buffer.alloc(1_200_000, 0x20)]);
    const said = await visitorUpload(server.url, token, big, { name: 'big.pdf' });
    expect(await refusal(said, 413)).toContain('1 MB');
    // No Content-Length: refused while it streams in.
    const streamed = await fetch(
      `${server.url}/api/visitor/attachments?clientId=${newClientId()}&name=big.pdf`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit,
    );
    expect(await refusal(streamed, 413)).toContain('1 MB');
    // Types the admin turned off are refused too.
    const text = await visitorUpload(server.url, token, Buffer.from('hello'), { name: 'a.txt' });
    await refusal(text, 415);
    expect(await storedFiles(server)).toEqual([]);
    expect(await visitorMessages()).toEqual(['My parcel arrived broken']);
  });

  it('wants the visitor’s token and the upload type', async () => {
    expect((await visitorUpload(server.url, 'x'.repeat(43), PNG, { name: 'a.png' })).status).toBe(
      401,
    );
    const asForm = await visitorUpload(server.url, token, PNG, {
      name: 'a.png',
      contentType: 'multipart/form-data; boundary=x',
    });
    expect(asForm.status).toBe(403);
    expect(await storedFiles(server)).toEqual([]);
  });
});

describe('an agent sends a file', () => {
  it('reaches the visitor as a download, never shown inline', async () => {
    const message = await created(
      await agentUpload(server.url, annCookie, conversationId, PDF, { name: '退货单.pdf' }),
    );
    expect(message).toMatchObject({
      author: 'agent',
      authorName: 'Ann',
      kind: 'attachment',
      attachment: { name: '退货单.pdf', type: 'application/pdf', image: false },
    });
    await vi.waitFor(() => expect(visitor.created.map((m) => m.id)).toContain(message.id));
    const res = await visitorDownload(server.url, token, message.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent('退货单.pdf')}`,
    );
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  });

  it('only into a chat they hold', async () => {
    const bea = await agentAtDesk(server, { id: 'bea', name: 'Bea' });
    open.push(bea);
    const beaCookie = await signIn(server.url, {
      email: 'bea@kefu.local',
      password: 'bea-password',
    });
    const res = await agentUpload(server.url, beaCookie, conversationId, PDF, { name: 'x.pdf' });
    expect(res.status).toBe(403);
    expect(await storedFiles(server)).toEqual([]);
  });
});

describe('who may download', () => {
  it('nobody but the conversation’s visitor and the agents who may read it', async () => {
    const message = await created(await visitorUpload(server.url, token, PNG, { name: 'a.png' }));
    const stranger = await createSession(server.url);
    expect((await visitorDownload(server.url, stranger.token, message.id)).status).toBe(404);
    await addDepartment(server, { id: 'billing', nameZh: '财务', nameEn: 'Billing' });
    const cai = await agentAtDesk(server, { id: 'cai', departments: ['billing'] });
    open.push(cai);
    const caiCookie = await signIn(server.url, {
      email: 'cai@kefu.local',
      password: 'cai-password',
    });
    expect((await agentDownload(server.url, caiCookie, message.id)).status).toBe(404);
    expect((await fetch(`${server.url}/api/attachments/${message.id}`)).status).toBe(401);
    // An admin may read every transcript, so every file.
    expect((await agentDownload(server.url, await signIn(server.url), message.id)).status).toBe(
      200,
    );
    // A text message is not a file.
    const [first] = await visitor.sync(0);
    expect((await agentDownload(server.url, annCookie, first!.id)).status).toBe(404);
  });
});

describe('data care', () => {
  it('deleting a visitor deletes their files', async () => {
    const { session, tab } = await newVisitor(server.url, 'zh-CN');
    open.push(tab);
    const message = await created(
      await visitorUpload(server.url, session.token, PNG, { name: 'id-card.png' }),
    );
    expect(await storedFiles(server)).toEqual([message.id]);
    const admin = await signIn(server.url);
    const res = await consoleRequest(
      server.url,
      'DELETE',
      `/api/admin/visitors/${session.visitorId}`,
      admin,
    );
    expect(res.status).toBe(200);
    expect(await storedFiles(server)).toEqual([]);
    expect((await agentDownload(server.url, admin, message.id)).status).toBe(404);
  });

  it('retention deletes the files of the chats it deletes', async () => {
    const { session, tab } = await newVisitor(server.url, 'zh-CN');
    open.push(tab);
    const old = await created(
      await visitorUpload(server.url, session.token, PDF, { name: 'old.pdf' }),
    );
    expect(await storedFiles(server)).toContain(old.id);
    const admin = await signIn(server.url);
    await saveRetention(server, admin, { enabled: true, months: 1 });
    server.clock.advance(40 * 86_400_000);
    await vi.waitFor(async () => {
      const entries = await auditEntries(server, await signIn(server.url));
      expect(entries.map((e) => e.action)).toContain('retention.run');
    });
    const left = await storedFiles(server);
    expect(left).not.toContain(old.id);
  });
});

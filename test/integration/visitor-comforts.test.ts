import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleTab } from '../helpers/agent-client.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, newVisitor, unwrap, VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
let ann: ConsoleTab;
let visitor: VisitorTab;
let token: string;
let conversationId: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  ann = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
  ({ tab: visitor, conversationId, token } = await visitorAsking(server, 'Where is my parcel?'));
  open.push(ann, visitor);
  await heldBy(server, conversationId, 'ann');
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

const read = (seq: number) => ann.call('conversation.read', { conversationId, seq });
const readSeqs = () => visitor.states.map((s) => s.agentReadSeq);

describe('read receipts (已读)', () => {
  it('tells the visitor how far the agent has read, never beyond what exists', async () => {
    const mine = await visitor.send('It was due on Monday');
    await vi.waitFor(() => expect(visitor.state?.status).toBe('active'));
    expect(visitor.state?.agentReadSeq).toBe(0);

    unwrap(await read(mine.seq));
    await vi.waitFor(() => expect(visitor.state?.agentReadSeq).toBe(mine.seq));

    // Asking for more than the chat holds marks only what is there.
    unwrap(await read(mine.seq + 50));
    unwrap(await read(1));
    await new Promise((r) => setTimeout(r, 200));
    expect(Math.max(...readSeqs())).toBe(mine.seq);
    // Reading again or reading less moves nothing, so nothing more is sent.
    expect(readSeqs().filter((s) => s === mine.seq)).toHaveLength(1);
  });

  it('counts the agent’s reply as having read everything before it', async () => {
    const mine = await visitor.send('Hello?');
    const reply = unwrap(
      await ann.call('message.send', { conversationId, clientId: newClientId(), body: 'Hi!' }),
    );
    expect(reply.seq).toBeGreaterThan(mine.seq);
    await vi.waitFor(() => expect(visitor.state?.agentReadSeq).toBe(reply.seq));
  });

  it('starts a sync with the stored mark, so a reload shows 已读 at once', async () => {
    const mine = await visitor.send('Still there?');
    unwrap(await read(mine.seq));
    // Another tab (or the chat after a reload) of the same visitor.
    const again = await VisitorTab.open(server.url, { visitorId: mine.conversationId, token });
    open.push(again);
    const synced = unwrap(await again.trySync(0));
    expect(synced.state?.agentReadSeq).toBe(mine.seq);
  });
});

async function download(format: string, auth = token, lang = 'en'): Promise<Response> {
  return fetch(`${server.url}/api/visitor/transcript?format=${format}&lang=${lang}`, {
    headers: { authorization: `Bearer ${auth}` },
  });
}

describe('GET /api/visitor/transcript', () => {
  beforeEach(async () => {
    await visitor.send('My order number is 12345');
    unwrap(
      await ann.call('note.add', {
        conversationId,
        clientId: newClientId(),
        body: 'SECRET-NOTE customer sounds upset',
      }),
    );
    unwrap(
      await ann.call('message.send', {
        conversationId,
        clientId: newClientId(),
        body: 'Your parcel leaves today',
      }),
    );
  });

  it('gives the visitor all their chats, oldest first, without notes, as text', async () => {
    unwrap(
      await ann.call('conversation.close', {
        conversationId,
        type: 'consultation',
        departmentId: 'general',
      }),
    );
    const next = await visitor.send('One more question about returns');
    expect(next.conversationId).not.toBe(conversationId);

    const res = await download('txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?kefu-chat-\d{4}-\d{2}-\d{2}\.txt"?$/,
    );
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const text = await res.text();
    const order = ['Where is my parcel?', 'My order number is 12345', 'Your parcel leaves today'];
    const at = [...order, 'One more question about returns'].map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain('You: Where is my parcel?');
    expect(text).toContain('Ann: Your parcel leaves today');
    expect(text).not.toContain('SECRET-NOTE');
    expect(text).not.toMatch(/note/i);
    // The desk's classification of the closed chat is not the visitor's to read.
    expect(text).not.toContain('Consultation');
  });

  it('as a self-contained HTML page in the visitor’s language', async () => {
    const res = await download('html', token, 'zh-CN');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/filename="?kefu-chat-[\d-]+\.html"?$/);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('聊天记录');
    expect(html).toContain('Your parcel leaves today');
    expect(html).not.toContain('SECRET-NOTE');
    expect(html).not.toContain('内部备注');
  });

  it('never shows another visitor’s chat', async () => {
    const other = await newVisitor(server.url, 'en');
    open.push(other.tab);
    await other.tab.send('Another visitor writes this');
    const mine = await (await download('txt')).text();
    const theirs = await (await download('txt', other.session.token)).text();
    expect(mine).not.toContain('Another visitor writes this');
    expect(theirs).toContain('Another visitor writes this');
    expect(theirs).not.toContain('My order number is 12345');
  });

  it('refuses without a valid token, and an unknown format', async () => {
    const bare = await fetch(`${server.url}/api/visitor/transcript?format=txt`);
    expect(bare.status).toBe(401);
    expect((await download('txt', 'not-a-token')).status).toBe(401);
    const bad = await download('pdf');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  });
});

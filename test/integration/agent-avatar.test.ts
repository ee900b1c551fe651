import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ATTACHMENT_UPLOAD_TYPE,
  AVATAR_MAX_BYTES,
  avatarPath,
  type AuthResult,
} from '../../protocol/index.ts';
import { signIn, type ConsoleTab } from '../helpers/agent-client.ts';
import { PNG, storedFiles } from '../helpers/attachments.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { unwrap } from '../helpers/visitor-client.ts';

let server: TestServer;
let ann: ConsoleTab;
let annCookie: string;
let adminCookie: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  ann = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
  open.push(ann, await agentAtDesk(server, { id: 'bob', name: 'Bob' }));
  annCookie = await signIn(server.url, { email: 'ann@kefu.local', password: 'ann-password' });
  adminCookie = await signIn(server.url);
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

function upload(agentId: string, cookie: string, body: Buffer, name = 'me.png') {
  return fetch(`${server.url}/api/agents/${agentId}/avatar?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': ATTACHMENT_UPLOAD_TYPE, cookie },
    body: new Uint8Array(body),
  });
}

async function uploaded(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  return ((await res.json()) as { avatar: string }).avatar;
}

const photo = (key: string) => fetch(`${server.url}${avatarPath(key)}`);

async function me(cookie: string) {
  const res = await consoleRequest(server.url, 'GET', '/api/auth/me', cookie);
  return ((await res.json()) as AuthResult).agent;
}

describe('an agent’s profile photo', () => {
  it('is set by the agent, served publicly as an image that is never sniffed', async () => {
    const key = await uploaded(await upload('ann', annCookie, PNG));
    expect((await me(annCookie)).avatar).toBe(key);

    const res = await photo(key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    const again = await fetch(`${server.url}${avatarPath(key)}`, {
      // fetch() would add `no-cache` to a conditional request, which asks for the whole file.
      headers: { 'if-none-match': res.headers.get('etag')!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('refuses what is not a PNG, JPEG or WebP, judged by the bytes, and anything too large', async () => {
    const text = Buffer.from('hello, I am not a picture');
    expect((await upload('ann', annCookie, text, 'me.png')).status).toBe(415);
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    const refused = await upload('ann', annCookie, gif, 'me.gif');
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /PNG, JPEG or WebP/,
    );
    const large = Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES)]);
    expect((await upload('ann', annCookie, large)).status).toBe(413);
    expect((await me(annCookie)).avatar).toBeNull();
    expect(await storedFiles(server)).toEqual([]);
  });

  it('is the agent’s own business, or an admin’s', async () => {
    const denied = await upload('bob', annCookie, PNG);
    expect(denied.status).toBe(403);
    const del = await consoleRequest(server.url, 'DELETE', '/api/agents/bob/avatar', annCookie);
    expect(del.status).toBe(403);

    const key = await uploaded(await upload('bob', adminCookie, PNG));
    expect((await photo(key)).status).toBe(200);
  });

  it('is gone once replaced, removed or its agent deactivated', async () => {
    const first = await uploaded(await upload('ann', annCookie, PNG));
    const second = await uploaded(await upload('ann', annCookie, PNG));
    expect(second).not.toBe(first);
    expect((await photo(first)).status).toBe(404);
    expect(await storedFiles(server)).toEqual([second]);

    const removed = await consoleRequest(server.url, 'DELETE', '/api/agents/ann/avatar', annCookie);
    expect(removed.status).toBe(204);
    expect((await photo(second)).status).toBe(404);
    expect(await storedFiles(server)).toEqual([]);

    const bobs = await uploaded(await upload('bob', adminCookie, PNG));
    const off = await consoleRequest(
      server.url,
      'POST',
      '/api/admin/agents/bob/deactivate',
      adminCookie,
      {},
    );
    expect(off.status).toBe(200);
    expect((await photo(bobs)).status).toBe(404);
  });
});

describe('what the visitor learns of the photo', () => {
  it('is the holding agent’s photo key in the conversation state, nothing else of theirs', async () => {
    const photos: Record<string, string> = {
      ann: await uploaded(await upload('ann', annCookie, PNG)),
      bob: await uploaded(await upload('bob', adminCookie, PNG)),
    };
    const asked = await visitorAsking(server, 'My parcel arrived broken');
    open.push(asked.tab);
    // Both are online: routing picks one, and the visitor sees that one's photo only.
    const row = await vi.waitFor(async () => {
      const r = await server.store.conversations.get(asked.conversationId);
      expect(r?.status).toBe('active');
      return r!;
    });
    const holder = row.agentId!;
    await vi.waitFor(() =>
      expect(asked.tab.state).toMatchObject({
        agentName: holder === 'ann' ? 'Ann' : 'Bob',
        agentAvatar: avatarPath(photos[holder]!),
      }),
    );
    const seen = JSON.stringify(asked.tab.state);
    expect(seen).not.toContain('@kefu.local');
    expect(seen).not.toContain(`"${holder}"`);
  });

  it('is nothing once the chat is closed', async () => {
    await uploaded(await upload('ann', annCookie, PNG));
    await server.store.agents.setStatus('bob', { status: 'away', changedAt: null });
    const asked = await visitorAsking(server, 'My parcel arrived broken');
    open.push(asked.tab);
    await heldBy(server, asked.conversationId, 'ann');
    await vi.waitFor(() => expect(asked.tab.state?.agentAvatar).toEqual(expect.any(String)));
    unwrap(
      await ann.call('conversation.close', {
        conversationId: asked.conversationId,
        type: 'consultation',
        departmentId: 'general',
        tags: [],
        summary: '',
      }),
    );
    await vi.waitFor(() => expect(asked.tab.state?.status).toBe('closed'));
    expect(asked.tab.state).toMatchObject({ agentName: null, agentAvatar: null });
  });
});

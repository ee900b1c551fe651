import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';

/** A stand-in for `npm run build` output, so these tests do not depend on a build having run. */
async function writeDist(dir: string): Promise<void> {
  await mkdir(join(dir, 'loader'), { recursive: true });
  await mkdir(join(dir, 'widget/chat'), { recursive: true });
  await mkdir(join(dir, 'console'), { recursive: true });
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(
    join(dir, 'loader/widget.js'),
    `/* loader */ ${'window.kefu = 1;\n'.repeat(200)}`,
  );
  await writeFile(join(dir, 'widget/chat/index.html'), '<!doctype html><title>chat</title>');
  await writeFile(join(dir, 'console/index.html'), '<!doctype html><title>console</title>');
  await writeFile(join(dir, 'assets/chat-abc123.js'), 'export {};');
  await mkdir(join(dir, 'demo'), { recursive: true });
  await writeFile(join(dir, 'demo/index.html'), '<!doctype html><title>demo shop</title>');
  await writeFile(join(dir, 'demo/demo.css'), 'body { margin: 0 }');
}

let dist: string;
let server: TestServer;
beforeAll(async () => {
  dist = await makeTempDir('kefu-dist-');
  await writeDist(dist);
  server = await startServer({
    env: { KEFU_DEMO: 'true', KEFU_EMBED_ORIGINS: 'https://shop.example.com' },
    paths: { distDir: dist, demoDir: join(dist, 'demo') },
  });
});
afterAll(async () => {
  await server.close();
  await rm(dist, { recursive: true, force: true });
});

function postSession(body: string, contentType = 'application/json') {
  return fetch(`${server.url}/api/visitor/sessions`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

describe('POST /api/visitor/sessions', () => {
  it('creates a visitor with a fresh 43-character token', async () => {
    const res = await postSession('{"lang":"en"}');
    expect(res.status).toBe(201);
    const session = (await res.json()) as { visitorId: string; token: string };
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.visitorId).not.toBe('');
  });

  it.each([
    ['an unsupported language', '{"lang":"fr"}', 400],
    ['an unknown field', '{"admin":true}', 400],
    ['an array', '[]', 400],
    ['broken JSON', '{"lang":', 400],
    ['a body over 16 kB', JSON.stringify({ lang: 'x'.repeat(20_000) }), 413],
  ])('rejects %s with a JSON error', async (_name, body, status) => {
    const res = await postSession(body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalid_input');
    expect(json.error.message).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});

describe('health and static files', () => {
  it('reports healthy while the database answers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'ok' });
  });

  it('serves the loader to other sites, compressed and briefly cached', async () => {
    const res = await fetch(`${server.url}/widget.js`, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toContain('window.kefu = 1;');
  });

  it('lets only the listed sites frame the chat app', async () => {
    const res = await fetch(`${server.url}/chat`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://shop.example.com");
    expect(csp).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('lets no other site frame the console', async () => {
    const res = await fetch(`${server.url}/console`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('caches hashed assets forever and serves the demo shop at /', async () => {
    const asset = await fetch(`${server.url}/assets/chat-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await (await fetch(`${server.url}/`)).text()).toContain('demo shop');
    expect((await fetch(`${server.url}/demo.css`)).status).toBe(200);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('before the browser files are built', () => {
  it('says how to build them', async () => {
    const empty = await makeTempDir('kefu-nodist-');
    const bare = await startServer({ paths: { distDir: empty } });
    for (const path of ['/chat', '/widget.js']) {
      const res = await fetch(`${bare.url}${path}`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build');
    }
    expect((await fetch(`${bare.url}/chat`)).headers.get('content-security-policy')).toContain(
      'frame-ancestors *',
    );
    await bare.close();
    await rm(empty, { recursive: true, force: true });
  });
});

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';
import { transcriptScene } from '../helpers/transcripts.ts';

/**
 * Every page and download Kefu serves, walked with an admin's cookie, against the headers a
 * user's safety depends on: no injected script can run, no other site can frame a page to trick
 * a click (except the chat, on the sites the admin allows), no response is read as another type,
 * no address leaks to other sites, and files download instead of opening as pages.
 */

const EMBEDDER = 'https://shop.example.com';

/** A stand-in for `npm run build` output: the headers do not depend on what the files say. */
async function writeDist(dir: string): Promise<void> {
  await mkdir(join(dir, 'widget/chat'), { recursive: true });
  await mkdir(join(dir, 'console'), { recursive: true });
  await writeFile(join(dir, 'widget/chat/index.html'), '<!doctype html><title>chat</title>');
  await writeFile(join(dir, 'console/index.html'), '<!doctype html><title>console</title>');
}

type Policy = Map<string, string[]>;

function parsePolicy(header: string | null): Policy {
  const policy: Policy = new Map();
  for (const directive of (header ?? '').split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The sources a directive allows, falling back as browsers do (e.g. script-src → default-src). */
function allowed(policy: Policy, ...chain: string[]): string[] | undefined {
  for (const name of [...chain, 'default-src']) {
    const values = policy.get(name);
    if (values) return values;
  }
  return undefined;
}

let dist: string;
let server: TestServer;
let admin: string;
let conversationId: string;
beforeAll(async () => {
  dist = await makeTempDir('kefu-dist-');
  await writeDist(dist);
  server = await startServer({
    env: { KEFU_DEMO: 'true', KEFU_EMBED_ORIGINS: EMBEDDER },
    paths: { distDir: dist },
  });
  const scene = await transcriptScene(server);
  admin = scene.admin;
  conversationId = scene.handled;
});
afterAll(async () => {
  await server.close();
  await rm(dist, { recursive: true, force: true });
});

const month = '2025-03';
const transcript = () => `/api/transcripts/${conversationId}`;

/** What a browser may render, with the status it should get. The console routes are #hashes. */
const PAGES: [string, () => string, number][] = [
  ['the demo shop', () => '/', 200],
  ['the chat app', () => '/chat?lang=en', 200],
  ['the console', () => '/console', 200],
  ['the console, with a slash', () => '/console/', 200],
  ['the printable monthly report', () => `/api/reports/report.html?month=${month}`, 200],
  ['an error: nothing there', () => '/no-such-page', 404],
  ['an error: a bad request', () => '/api/reports/report.html?month=13', 400],
];

/** Files: they must download, never open as a page of Kefu's origin. */
const DOWNLOADS: [string, () => string][] = [
  ['a transcript as HTML', () => `${transcript()}/transcript.html`],
  ['a transcript as text', () => `${transcript()}/transcript.txt`],
  ['the transcript list as CSV', () => '/api/transcripts/export.csv'],
  ['the transcript list as XLSX', () => '/api/transcripts/export.xlsx'],
  ['the monthly report as XLSX', () => `/api/reports/report.xlsx?month=${month}`],
  ['the knowledge base as JSON', () => '/api/faq/export?format=json'],
  ['the import template', () => '/api/faq/template?format=csv'],
];

const get = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie: admin } });

describe('security headers', () => {
  it.each(PAGES)(
    '%s runs only Kefu’s own scripts, framed by no other site',
    async (_, path, status) => {
      const res = await get(path());
      expect(res.status).toBe(status);
      const policy = parsePolicy(res.headers.get('content-security-policy'));
      const scripts = allowed(policy, 'script-src') ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const source of ["'unsafe-inline'", "'unsafe-eval'", '*', 'https:', 'http:', 'data:'])
        expect(scripts).not.toContain(source);
      expect(allowed(policy, 'script-src-attr', 'script-src')).not.toContain("'unsafe-inline'");
      expect(allowed(policy, 'object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')?.some((s) => s === "'self'" || s === "'none'")).toBe(true);
      // Inline styles only where no script runs at all (the printable report).
      if (allowed(policy, 'style-src')?.includes("'unsafe-inline'"))
        expect(allowed(policy, 'script-src')).toEqual(["'none'"]);

      const framers = policy.get('frame-ancestors');
      if (path().startsWith('/chat')) {
        expect(framers).toEqual(["'self'", EMBEDDER]);
        // X-Frame-Options cannot name sites: it would keep the chat out of the allowed ones.
        expect(res.headers.get('x-frame-options')).toBeNull();
      } else {
        expect(framers).toEqual(["'self'"]);
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      }
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('has Socket.IO long-polling answers, which carry chat text, never sniffed', async () => {
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    await res.arrayBuffer();
  });

  it.each(DOWNLOADS)('%s downloads as an attachment, typed, never sniffed', async (_, path) => {
    const res = await get(path());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename/);
    expect(res.headers.get('content-type')).not.toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(parsePolicy(res.headers.get('content-security-policy')).get('frame-ancestors')).toEqual([
      "'self'",
    ]);
    await res.arrayBuffer();
  });
});

/**
 * What a visitor's browser really downloads to chat: the demo page is loaded in Chromium,
 * the launcher clicked, and every response counted until the chat's text box is usable.
 * `wire` is the encoded body as sent (Chromium negotiates brotli on localhost); `gzip` is
 * the same decoded bodies at gzip -9, the unit of the size budget. Headers are left out,
 * and so are the demo page's own files.
 */
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { startServer } from '../helpers/server.ts';

export interface Bytes {
  wire: number;
  gzip: number;
}

export interface DownloadFigures {
  /** /widget.js */
  loader: Bytes;
  /** /chat, its scripts and styles */
  chatApp: Bytes;
  /** Session, Socket.IO handshake and first polls: data, not code, shown apart. */
  data: Bytes;
  requests: number;
}

const DEMO_PAGE_FILES = new Set(['/', '/demo.css', '/demo.js', '/favicon.ico']);

export async function measureDownload(): Promise<DownloadFigures> {
  const server = await startServer({ env: { KEFU_DEMO: 'true' } });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const finished: Request[] = [];
    context.on('requestfinished', (request) => finished.push(request));
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: '在线客服', exact: true }).click();
    const chat = page.getByTitle('在线客服', { exact: true }).contentFrame();
    await chat.getByLabel('输入消息').waitFor({ state: 'visible' });
    await chat.getByRole('button', { name: '发送' }).waitFor();

    const zero = (): Bytes => ({ wire: 0, gzip: 0 });
    const figures: DownloadFigures = { loader: zero(), chatApp: zero(), data: zero(), requests: 0 };
    for (const request of finished) {
      const { pathname } = new URL(request.url());
      if (DEMO_PAGE_FILES.has(pathname)) continue;
      const { responseBodySize } = await request.sizes();
      const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
      const bucket =
        pathname === '/widget.js'
          ? figures.loader
          : pathname.startsWith('/socket.io/') || pathname.startsWith('/api/')
            ? figures.data
            : figures.chatApp;
      bucket.wire += responseBodySize;
      bucket.gzip += gzipSync(body, { level: 9 }).length;
      figures.requests += 1;
    }
    await context.close();
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

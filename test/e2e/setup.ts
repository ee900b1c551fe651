import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer, type TestServerOptions } from '../helpers/server.ts';
import { launchChromium } from './browser.ts';

export interface DemoShopSetup {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** A real Kefu server with the demo page and one Chromium, shared by a test file. */
export function useDemoShopServer(options: TestServerOptions = {}): DemoShopSetup {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer({ ...options, env: { KEFU_DEMO: 'true', ...options.env } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll');
      return browser;
    },
  };
}

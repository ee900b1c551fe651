import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaqEntry } from '../../knowledge/index.ts';
import type { App } from '../../server/app.ts';
import { assembleKefu } from '../../server/assemble.ts';
import type { Clock } from '../../server/clock.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import type { Store } from '../../server/store/types.ts';
import type { Timers } from '../../server/timers.ts';
import { databaseEnv, dropDatabase } from './test-database.ts';

/** A small shop FAQ in both languages, enough for the answer / suggest / none paths. */
export const FIXTURE_FAQ: FaqEntry[] = [
  {
    id: 'return.zh',
    lang: 'zh-CN',
    question: '怎么申请退货？',
    similar: ['退货流程是什么', '我想退货'],
    keywords: ['退货'],
    answer: '在「我的订单」里点 **申请退货**，7 天内无理由退货。',
  },
  {
    id: 'refund-time.zh',
    lang: 'zh-CN',
    question: '退款多久到账？',
    similar: ['退款什么时候到', '钱什么时候退回来'],
    keywords: ['退款'],
    answer: '退款在 1–3 个工作日内原路退回。',
  },
  {
    id: 'shipping.zh',
    lang: 'zh-CN',
    question: '下单后多久发货？',
    similar: ['什么时候发货', '发货时间'],
    keywords: ['发货'],
    answer: '付款后 48 小时内发货。',
  },
  {
    id: 'return.en',
    lang: 'en',
    question: 'How do I return an item?',
    similar: ['return policy', 'I want to send something back'],
    keywords: ['return'],
    answer: 'Open **My orders** and choose *Return*. Returns are free within 7 days.',
  },
  {
    id: 'password.en',
    lang: 'en',
    question: 'How do I reset my password?',
    similar: ['forgot my password', 'cannot log in'],
    keywords: ['password'],
    answer: 'Use [Forgot password](/reset) on the login page.',
  },
  {
    id: 'wifi.zh',
    lang: 'zh-CN',
    question: '门店 WiFi 密码是多少？',
    similar: [],
    keywords: ['WiFi'],
    answer: '密码贴在收银台。',
  },
  {
    id: 'wifi.en',
    lang: 'en',
    question: 'What is the WiFi password in the store?',
    similar: [],
    keywords: ['WiFi'],
    answer: 'It is posted at the checkout.',
  },
];

/** The console admin every test server starts with (override with env KEFU_ADMIN_*). */
export const TEST_ADMIN = { email: 'admin@kefu.local', password: 'test-admin-password' };

/** Time stands still unless a test moves it; moving it runs the timers that fall due. */
export class FakeClock implements Clock, Timers {
  private current = new Date('2025-03-01T08:00:00.000Z');
  private readonly timers = new Set<{ at: number; run: () => void }>();
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
    const due = [...this.timers].filter((t) => t.at <= this.current.getTime());
    for (const timer of due.sort((a, b) => a.at - b.at)) {
      this.timers.delete(timer);
      timer.run();
    }
  }
  set(run: () => void, ms: number): () => void {
    const timer = { at: this.current.getTime() + ms, run };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }
  /** How many timers wait for time to move, e.g. to know the server has seen a socket close. */
  get pendingTimers(): number {
    return this.timers.size;
  }
}

export interface TestServer {
  url: string;
  dataDir: string;
  clock: FakeClock;
  /** For checking state the protocol does not show (e.g. a conversation's status). */
  store: Store;
  /** The running app, e.g. to list its routes or its open sockets. */
  app: App;
  /** Its PostgreSQL schema's URL; null on SQLite (the file in dataDir). */
  databaseUrl: string | null;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Reuse a database directory (to test restarts); by default a fresh temp dir, removed on close. */
  dataDir?: string;
  /** Extra environment, e.g. KEFU_EMBED_ORIGINS or KEFU_ADMIN_PASSWORD. */
  env?: Record<string, string>;
  /** Where the built browser files and the demo page are; default: the real ones. */
  paths?: Partial<Pick<Config, 'distDir' | 'demoDir'>>;
  /** The knowledge base loaded on first start; default: FIXTURE_FAQ. */
  faq?: FaqEntry[];
}

/**
 * A real Kefu server on a free port with its own database (SQLite, or a PostgreSQL schema when
 * the suite runs on PostgreSQL), fixture FAQ and fake clock.
 */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await makeTempDir('kefu-data-'));
  const database = await databaseEnv(dataDir);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    KEFU_LOG_LEVEL: 'silent',
    KEFU_DEMO: 'false',
    KEFU_ADMIN_EMAIL: TEST_ADMIN.email,
    KEFU_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...database,
    ...options.env,
  });
  Object.assign(config, options.paths);
  const clock = new FakeClock();
  const logger = createLogger(config.logLevel);
  const { app, store } = await assembleKefu({
    config,
    clock,
    logger,
    seed: options.faq ?? FIXTURE_FAQ,
    timers: clock,
  });
  const { url } = await app.listen(0);
  return {
    url,
    dataDir,
    clock,
    store,
    app,
    databaseUrl: config.databaseUrl,
    async close() {
      await app.close();
      await store.close();
      if (!ownsDir) return;
      await rm(dataDir, { recursive: true, force: true });
      await dropDatabase(database);
    },
  };
}

export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DATABASE_FILE } from '../../server/store/sqlite/open.ts';
import { TEST_ADMIN } from './server.ts';
import { databaseEnv } from './test-database.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

interface LogLine {
  level: number;
  msg: string;
  err?: { message?: string };
}

/**
 * The fleets run against this server simulate hundreds of separate people from one address
 * (127.0.0.1), each typing ahead far faster than a person, to find lost messages: the abuse
 * limits (server/abuse/limits.ts, tested on their own) would stop them. `env` can set others.
 */
export const FLEET_LIMITS = {
  KEFU_LIMIT_VISITOR_BURST: '1000000/60',
  KEFU_LIMIT_VISITOR: '1000000/60',
  KEFU_LIMIT_ADDRESS: '1000000/60',
  KEFU_LIMIT_SOCKET: '1000000/60',
  KEFU_LIMIT_SESSIONS: '1000000/60',
  KEFU_LIMIT_CONNECTIONS: '100000',
};

export interface ServerProcessOptions {
  /** Adds or overrides settings. */
  env?: Record<string, string>;
  /**
   * Which database it uses; by default the test run's (its own PostgreSQL schema in the
   * postgres project). Only vitest knows that: a script outside it passes {} for SQLite.
   */
  database?: Record<string, string>;
}

/** pino's number for `error`: anything at or above it is kept for the test to show. */
const ERROR_LEVEL = 50;

/**
 * The real server (`server/main.ts`, as `npm start` runs it) in a process of its own, so a
 * test can SIGKILL it mid-traffic and start it again on the same database and port.
 */
export class ServerProcess {
  /** Error log lines of every run, for a failing test to show. */
  readonly errors: string[] = [];
  /** Runs that ended without this object ending them. */
  crashes = 0;
  private child: ChildProcess | null = null;
  private ending = false;
  port = 0;

  private constructor(
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts the server on a free port with the test admin. */
  static async start(dataDir: string, options: ServerProcessOptions = {}): Promise<ServerProcess> {
    const database = options.database ?? (await databaseEnv(dataDir));
    const server = new ServerProcess(dataDir, { ...database, ...options.env });
    await server.run();
    return server;
  }

  /** Its PostgreSQL schema's URL; null on SQLite (the file in dataDir). */
  get databaseUrl(): string | null {
    return this.env.KEFU_DATABASE_URL ?? null;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get databaseFile(): string {
    return join(this.dataDir, DATABASE_FILE);
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** SIGKILL: no shutdown code runs, exactly like a crash or `kill -9`. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** SIGTERM: the clean shutdown. */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  /** Starts the server again on the same database and port. */
  restart(): Promise<void> {
    return this.run();
  }

  private run(): Promise<void> {
    if (this.child) throw new Error('the server is already running');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        KEFU_LOG_FORMAT: 'json',
        KEFU_LOG_LEVEL: 'info',
        KEFU_DEMO: 'false',
        KEFU_ADMIN_EMAIL: TEST_ADMIN.email,
        KEFU_ADMIN_PASSWORD: TEST_ADMIN.password,
        ...FLEET_LIMITS,
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.child = child;
    this.ending = false;
    return new Promise((resolve, reject) => {
      child.once('exit', (code, signal) => {
        if (this.child !== child) return;
        this.child = null;
        if (this.ending) return;
        this.crashes += 1;
        reject(new Error(`the server exited on its own (${signal ?? code})`));
      });
      createInterface({ input: child.stdout! }).on('line', (text) => {
        const line = parse(text);
        if (!line) return;
        if (line.level >= ERROR_LEVEL) this.errors.push(`${line.msg} ${line.err?.message ?? ''}`);
        const running = /Kefu is running at http:\/\/[^:]+:(\d+)/.exec(line.msg);
        if (running?.[1]) {
          this.port = Number(running[1]);
          resolve();
        }
      });
    });
  }

  private end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) return Promise.resolve();
    this.ending = true;
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

function parse(text: string): LogLine | null {
  try {
    return JSON.parse(text) as LogLine;
  } catch {
    return null;
  }
}

import { resolve } from 'node:path';
import { z } from 'zod';
import { normalise } from '../knowledge/index.ts';
import { originSchema } from '../protocol/schemas/admin.ts';
import { DEFAULT_LIMITS, type AbuseLimits, type Rate } from './abuse/limits.ts';
import { trustProxySchema, type TrustProxySetting } from './abuse/trust-proxy.ts';
import { DEFAULT_HANDOFF_PHRASES } from './services/bot/handoff-phrases.ts';
import { mailFromSchema, smtpUrlSchema, type MailConfig } from './services/mail/config.ts';

/** Every environment variable Kefu reads, for the README and for `--help`-style output. */
export const CONFIG_VARIABLES = [
  { name: 'PORT', default: '3000', description: 'TCP port for the web server and Socket.IO.' },
  { name: 'HOST', default: '0.0.0.0', description: 'Interface to listen on.' },
  {
    name: 'DATA_DIR',
    default: './data',
    description:
      'Directory for the embedded SQLite database (kefu.sqlite) and its attachment files. With KEFU_DATABASE_URL the attachments are kept in PostgreSQL.',
  },
  {
    name: 'KEFU_DATABASE_URL',
    default: '(SQLite in DATA_DIR)',
    description:
      'postgres://user:password@host:5432/database switches every store to PostgreSQL, for several nodes sharing one database (cluster mode, docs/deploy.md). Kefu creates its tables on first start. Unset: the embedded SQLite database.',
  },
  {
    name: 'KEFU_REDIS_URL',
    default: '(one node)',
    description:
      'redis://host:6379 connects this node to the others through Redis (the Socket.IO Redis Streams adapter), so a visitor on one node and an agent on another reach each other. Needs KEFU_DATABASE_URL. Unset: one node on its own.',
  },
  {
    name: 'KEFU_LOG_LEVEL',
    default: 'info',
    description: 'Log level: fatal, error, warn, info, debug, trace or silent.',
  },
  {
    name: 'KEFU_LOG_FORMAT',
    default: 'auto',
    description:
      'pretty (readable lines), json (one JSON object per line), or auto: pretty on a terminal, else json.',
  },
  {
    name: 'KEFU_EMBED_ORIGINS',
    default: '*',
    description:
      'Sites allowed to show the chat window in a frame: * for any, or a comma-separated list of origins such as https://shop.example.com. The default until an admin saves a list in the console (挂件).',
  },
  {
    name: 'KEFU_DEMO',
    default: 'true',
    description:
      'Serve the demo shop page at / and load the demo knowledge base on first start (true/false).',
  },
  {
    name: 'KEFU_ADMIN_EMAIL',
    default: 'admin@kefu.local',
    description:
      'E-mail of the first console admin, created on first start when there is no admin.',
  },
  {
    name: 'KEFU_ADMIN_PASSWORD',
    default: '(generated)',
    description:
      'Password for that first admin (8–200 characters). Unset: a random one is generated and logged once, at the first start only.',
  },
  {
    name: 'KEFU_HANDOFF_PHRASES',
    default: '(built-in list)',
    description:
      'Messages that hand the visitor to a person instead of a bot answer, comma-separated; replaces the built-in list (人工, 转人工, 找客服, human, agent, real person …). Case, punctuation and fillers such as 请/我要/please around a phrase do not matter. The default until an admin saves a list in the console (挂件).',
  },
  {
    name: 'KEFU_TRUST_PROXY',
    default: 'false',
    description:
      'Set it when Kefu runs behind a reverse proxy (nginx, a load balancer): the client’s address, the scheme and the host then come from the proxy’s X-Forwarded-For, -Proto and -Host, so the session cookie is Secure behind HTTPS and the per-address limits count each visitor’s own address. true (every proxy), a number of proxy hops, or the proxies’ addresses and subnets, comma-separated (loopback, 10.0.0.0/8 …): Express’s trust proxy setting. Never set it when clients reach Kefu directly: they could claim any address.',
  },
  {
    name: 'KEFU_LIMIT_VISITOR_BURST',
    default: rateText(DEFAULT_LIMITS.visitorBurst),
    description:
      'What one visitor writes (messages, left messages, ratings, handoff requests), over all their tabs: at most N in S seconds, written N/S. Beyond it the widget asks them to slow down; nothing is stored.',
  },
  {
    name: 'KEFU_LIMIT_VISITOR',
    default: rateText(DEFAULT_LIMITS.visitorSustained),
    description: 'The same, sustained: at most N in S seconds (N/S).',
  },
  {
    name: 'KEFU_LIMIT_ADDRESS',
    default: rateText(DEFAULT_LIMITS.addressWrites),
    description:
      'What all visitors behind one IP address write together (an office, a mobile carrier’s shared address), N/S. Only what their own limits let through counts, so nobody is refused for a neighbour.',
  },
  {
    name: 'KEFU_LIMIT_SOCKET',
    default: rateText(DEFAULT_LIMITS.socketEvents),
    description:
      'Any event on one chat or console connection, typing signals and suggestions included, N/S: only scripts reach it.',
  },
  {
    name: 'KEFU_LIMIT_SESSIONS',
    default: rateText(DEFAULT_LIMITS.addressSessions),
    description: 'New visitors from one IP address, N/S; beyond it 429 with Retry-After.',
  },
  {
    name: 'KEFU_LIMIT_CONNECTIONS',
    default: String(DEFAULT_LIMITS.addressConnections),
    description: 'Open chat and console connections from one IP address at once.',
  },
  {
    name: 'KEFU_SMTP_URL',
    default: '(off)',
    description:
      'The mail server for e-mailing public replies on a work order (工单) to a customer who left an e-mail address: `smtp://user:password@host:587` (STARTTLS when the server offers it) or `smtps://user:password@host:465`; percent-encode special characters in the password. Unset: Kefu sends no e-mail.',
  },
  {
    name: 'KEFU_MAIL_FROM',
    default: '(none)',
    description:
      'The sender of those e-mails: an address, or a name with the address in angle brackets, as in `Kefu 客服 <service@example.com>`. Required with KEFU_SMTP_URL.',
  },
] as const;

function rateText(rate: Rate): string {
  return `${rate.points}/${rate.seconds}`;
}

/** An optional URL of one of `protocols`; the URL may hold a password, so no message repeats it. */
function serviceUrl(protocols: readonly string[], example: string) {
  const valid = (text: string) => URL.canParse(text) && protocols.includes(new URL(text).protocol);
  return z
    .string()
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s))
    .pipe(z.string().refine(valid, `expected ${example}`).nullable());
}

const databaseUrlSchema = serviceUrl(
  ['postgres:', 'postgresql:'],
  'postgres://user:password@host:5432/database',
);
const redisUrlSchema = serviceUrl(['redis:', 'rediss:'], 'redis://host:6379');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], 'expected true or false')
  .transform((s) => s === 'true' || s === '1' || s === 'yes');

const embedOrigins = z
  .string()
  .transform((s) => s.trim())
  .pipe(
    z.union([
      z.literal('*'),
      z
        .string()
        .transform((s) =>
          s
            .split(',')
            .map((o) => o.trim())
            .filter((o) => o !== ''),
        )
        .pipe(z.array(originSchema).min(1, 'list at least one origin, or *')),
    ]),
  );

const handoffPhrases = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  )
  .pipe(
    z
      .array(
        z.string().refine((p) => normalise(p) !== '', {
          error: (issue) => `${JSON.stringify(issue.input)} has no letters or digits`,
        }),
      )
      .min(1, 'list at least one phrase'),
  );

/** N/S: N actions in S seconds. */
const rate = z
  .string()
  .regex(/^\s*[1-9]\d*\s*\/\s*[1-9]\d*\s*$/, 'expected N/S, N actions in S seconds, e.g. 20/60')
  .transform((s): Rate => {
    const [points = 0, seconds = 0] = s.split('/').map(Number);
    return { points, seconds };
  });

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'expected a port number from 0 to 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'expected a port number from 0 to 65535'))
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  KEFU_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  KEFU_LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  KEFU_EMBED_ORIGINS: embedOrigins.default('*'),
  KEFU_DEMO: booleanText.default(true),
  KEFU_ADMIN_EMAIL: z.email('expected an e-mail address').max(254).default('admin@kefu.local'),
  // An empty value counts as unset, as in `KEFU_ADMIN_PASSWORD= npm start`.
  KEFU_ADMIN_PASSWORD: z
    .string()
    .transform((s) => (s === '' ? null : s))
    .pipe(z.string().min(8, 'at least 8 characters').max(200, 'at most 200 characters').nullable())
    .default(null),
  KEFU_HANDOFF_PHRASES: handoffPhrases.default([...DEFAULT_HANDOFF_PHRASES]),
  KEFU_TRUST_PROXY: trustProxySchema.default(false),
  KEFU_LIMIT_VISITOR_BURST: rate.default(DEFAULT_LIMITS.visitorBurst),
  KEFU_LIMIT_VISITOR: rate.default(DEFAULT_LIMITS.visitorSustained),
  KEFU_LIMIT_ADDRESS: rate.default(DEFAULT_LIMITS.addressWrites),
  KEFU_LIMIT_SOCKET: rate.default(DEFAULT_LIMITS.socketEvents),
  KEFU_LIMIT_SESSIONS: rate.default(DEFAULT_LIMITS.addressSessions),
  KEFU_LIMIT_CONNECTIONS: z
    .string()
    .regex(/^\s*[1-9]\d*\s*$/, 'expected a whole number, at least 1')
    .transform(Number)
    .default(DEFAULT_LIMITS.addressConnections),
  KEFU_SMTP_URL: smtpUrlSchema.default(null),
  KEFU_DATABASE_URL: databaseUrlSchema.default(null),
  KEFU_REDIS_URL: redisUrlSchema.default(null),
  KEFU_MAIL_FROM: mailFromSchema.default(null),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute path. */
  dataDir: string;
  /** PostgreSQL instead of SQLite in `dataDir` (attachments stay in `dataDir`); null: SQLite. */
  databaseUrl: string | null;
  /** Redis linking this node's sockets to the other nodes'; null: a single node. */
  redisUrl: string | null;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Readable log lines instead of JSON. */
  prettyLogs: boolean;
  /** Who may frame /chat until an admin saves a list: every site (`*`), or exactly these origins. */
  embedOrigins: '*' | string[];
  demo: boolean;
  /** The first admin, created when the database has none. */
  admin: { email: string; password: string | null };
  /** Whole messages that ask for a person, until an admin saves a list. */
  handoffPhrases: readonly string[];
  /** Express's 'trust proxy': whose X-Forwarded-* headers to believe. */
  trustProxy: TrustProxySetting;
  /** Rate and connection limits (server/abuse/limits.ts). */
  limits: AbuseLimits;
  /** E-mail to customers (public ticket replies); null: off, nothing is sent. */
  mail: MailConfig | null;
  /** Built browser bundles (`npm run build`): loader, chat app, console. Not configurable. */
  distDir: string;
  /** The demo shop (index.html, demo.css, demo.js) served at / when `demo` is on. */
  demoDir: string;
}

const ROOT = resolve(import.meta.dirname, '..');

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.KEFU_REDIS_URL !== null && e.KEFU_DATABASE_URL === null) {
    throw new ConfigError(
      'Invalid configuration:\n  KEFU_REDIS_URL: several nodes need one shared database: set KEFU_DATABASE_URL too',
    );
  }
  if (e.KEFU_SMTP_URL !== null && e.KEFU_MAIL_FROM === null) {
    throw new ConfigError(
      'Invalid configuration:\n  KEFU_MAIL_FROM: required with KEFU_SMTP_URL, e.g. Kefu 客服 <service@example.com>',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.KEFU_DATABASE_URL,
    redisUrl: e.KEFU_REDIS_URL,
    logLevel: e.KEFU_LOG_LEVEL,
    prettyLogs:
      e.KEFU_LOG_FORMAT === 'pretty' || (e.KEFU_LOG_FORMAT === 'auto' && process.stdout.isTTY),
    embedOrigins: e.KEFU_EMBED_ORIGINS,
    demo: e.KEFU_DEMO,
    admin: { email: e.KEFU_ADMIN_EMAIL, password: e.KEFU_ADMIN_PASSWORD },
    handoffPhrases: e.KEFU_HANDOFF_PHRASES,
    trustProxy: e.KEFU_TRUST_PROXY,
    limits: {
      visitorBurst: e.KEFU_LIMIT_VISITOR_BURST,
      visitorSustained: e.KEFU_LIMIT_VISITOR,
      addressWrites: e.KEFU_LIMIT_ADDRESS,
      socketEvents: e.KEFU_LIMIT_SOCKET,
      addressSessions: e.KEFU_LIMIT_SESSIONS,
      addressConnections: e.KEFU_LIMIT_CONNECTIONS,
    },
    mail:
      e.KEFU_SMTP_URL === null || e.KEFU_MAIL_FROM === null
        ? null
        : { smtpUrl: e.KEFU_SMTP_URL, from: e.KEFU_MAIL_FROM },
    distDir: resolve(ROOT, 'dist'),
    demoDir: resolve(ROOT, 'widget/demo'),
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import {
  credentials,
  listRoutes,
  startCast,
  WHO,
  type Cast,
  type Expected,
  type Who,
} from '../helpers/authz.ts';
import { agentUpload, PDF } from '../helpers/attachments.ts';
import { consoleRequest } from '../helpers/console-api.ts';

/** Reachable by anyone: the visitor side, sign-in and the pages. */
const PUBLIC = (status: number): Expected => ({
  anon: status,
  expired: status,
  deactivated: status,
  otherDept: status,
  agent: status,
  admin: status,
});
/** Any live console session; expired and deactivated ones are as signed out. */
const SIGNED_IN = (status: number): Expected => ({
  anon: 401,
  expired: 401,
  deactivated: 401,
  otherDept: status,
  agent: status,
  admin: status,
});
const ADMIN = (status: number): Expected => ({ ...SIGNED_IN(403), admin: status });
/** A conversation only the agent who held it (and admins) may read; others find nothing. */
const MEIS_CHAT: Expected = { ...SIGNED_IN(200), otherDept: 404 };

const UNKNOWN = 'no-such-id-0000';

/** Mei's work order in the default department (made in beforeAll): Sam of Sales finds nothing. */
let meisTicket = '';
const MEIS_TICKET: Expected = { ...SIGNED_IN(200), otherDept: 404 };
/** A write to Mei's ticket that its status or version refuses: reached, but nothing changes. */
const MEIS_TICKET_REFUSED: Expected = { ...SIGNED_IN(409), otherDept: 404 };
const ticket = (path: string) => () => path.replace(':id', meisTicket);
const DUE = '2025-03-09T08:00:00.000Z';

interface Row {
  method: string;
  /** The route as Express has it. */
  route: string;
  /** The address called; default the route itself. */
  url?: (cast: Cast, who: Who) => string;
  /** Sent as JSON. Writes an authorised caller may make send something that changes nothing. */
  body?: (who: Who) => unknown;
  /** Sent as a file instead (uploads): the raw bytes, as application/octet-stream. */
  file?: Uint8Array<ArrayBuffer>;
  /** Tells rows of one route apart in the test's name. */
  note?: string;
  /** The call ends the caller's session: each caller signs in afresh for it. */
  fresh?: true;
  expected: Expected;
}

const conversation = (path: string) => (cast: Cast) => path.replace(':id', cast.conversationId);
const unknown = (path: string) => () => path.replace(':id', UNKNOWN);
const empty = () => ({});

/** A file in Mei's chat (uploaded by her in beforeAll). */
let meisFile = '';
/** A program: whoever gets as far as the type check has it refused, and nothing is stored. */
const PROGRAM = new Uint8Array([0x4d, 0x5a, ...new Array<number>(200).fill(0)]);
const upload = (path: string) => `${path}?clientId=authz-matrix-file&name=setup.pdf`;

/** Every REST route and who may call it: a route without a row fails the first test. */
const ROWS: Row[] = [
  { method: 'GET', route: '/healthz', expected: PUBLIC(200) },
  { method: 'GET', route: '/chat', expected: PUBLIC(200) },
  { method: 'GET', route: '/widget.js', expected: PUBLIC(200) },
  { method: 'GET', route: '/console', expected: PUBLIC(200) },
  { method: 'GET', route: '/api/widget/config', expected: PUBLIC(200) },
  { method: 'POST', route: '/api/visitor/sessions', body: empty, expected: PUBLIC(201) },
  {
    method: 'POST',
    route: '/api/auth/login',
    body: (who) => ({ email: `${who}@nobody.example`, password: 'wrong-password' }),
    expected: PUBLIC(401),
  },
  { method: 'POST', route: '/api/auth/logout', body: empty, fresh: true, expected: PUBLIC(204) },
  {
    method: 'POST',
    route: '/api/auth/logout-everywhere',
    body: empty,
    fresh: true,
    expected: SIGNED_IN(204),
  },
  { method: 'GET', route: '/api/auth/me', expected: SIGNED_IN(200) },

  { method: 'GET', route: '/api/quick-replies', expected: SIGNED_IN(200) },
  { method: 'POST', route: '/api/quick-replies', body: empty, expected: ADMIN(400) },
  {
    method: 'PUT',
    route: '/api/quick-replies/:id',
    url: unknown('/api/quick-replies/:id'),
    body: empty,
    expected: ADMIN(400),
  },
  {
    method: 'DELETE',
    route: '/api/quick-replies/:id',
    url: unknown('/api/quick-replies/:id'),
    expected: ADMIN(404),
  },
  { method: 'GET', route: '/api/left-messages', expected: SIGNED_IN(200) },
  {
    method: 'POST',
    route: '/api/left-messages/:id/handle',
    url: unknown('/api/left-messages/:id/handle'),
    body: () => ({ note: 'Called back' }),
    expected: SIGNED_IN(404),
  },
  { method: 'GET', route: '/api/settings', expected: SIGNED_IN(200) },
  { method: 'PUT', route: '/api/settings', body: empty, expected: ADMIN(400) },

  { method: 'GET', route: '/api/transcripts', expected: SIGNED_IN(200) },
  { method: 'GET', route: '/api/transcripts/export.csv', expected: SIGNED_IN(200) },
  { method: 'GET', route: '/api/transcripts/export.xlsx', expected: SIGNED_IN(200) },
  ...[
    '/api/transcripts/:id',
    '/api/transcripts/:id/transcript.html',
    '/api/transcripts/:id/transcript.txt',
  ].flatMap((route): Row[] => [
    { method: 'GET', route, url: conversation(route), note: ' (Mei’s chat)', expected: MEIS_CHAT },
    // Unknown reads exactly like forbidden: ids cannot be probed.
    { method: 'GET', route, url: unknown(route), note: ' (unknown id)', expected: SIGNED_IN(404) },
  ]),

  { method: 'GET', route: '/api/tickets', expected: SIGNED_IN(200) },
  { method: 'POST', route: '/api/tickets', body: empty, expected: SIGNED_IN(400) },
  {
    method: 'POST',
    route: '/api/tickets/from-left-message',
    body: () => ({ leftMessageId: UNKNOWN, type: 'complaint' }),
    expected: SIGNED_IN(404),
  },
  {
    method: 'GET',
    route: '/api/tickets/:id',
    url: ticket('/api/tickets/:id'),
    note: ' (Mei’s ticket)',
    expected: MEIS_TICKET,
  },
  {
    method: 'GET',
    route: '/api/tickets/:id',
    url: unknown('/api/tickets/:id'),
    note: ' (unknown id)',
    expected: SIGNED_IN(404),
  },
  {
    method: 'PUT',
    route: '/api/tickets/:id',
    url: ticket('/api/tickets/:id'),
    body: () => ({ version: 99, priority: 'urgent', dueAt: DUE }),
    expected: MEIS_TICKET_REFUSED,
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/status',
    url: ticket('/api/tickets/:id/status'),
    // A new ticket cannot be closed, whoever asks.
    body: () => ({ action: 'close', version: 1 }),
    expected: MEIS_TICKET_REFUSED,
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/assign',
    url: ticket('/api/tickets/:id/assign'),
    body: () => ({ version: 99, ownerId: 'sam' }),
    expected: MEIS_TICKET_REFUSED,
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/notes',
    url: unknown('/api/tickets/:id/notes'),
    body: () => ({ body: 'hello' }),
    expected: SIGNED_IN(404),
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/replies',
    url: unknown('/api/tickets/:id/replies'),
    body: () => ({ body: 'hello', public: false }),
    expected: SIGNED_IN(404),
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/follow-up',
    url: ticket('/api/tickets/:id/follow-up'),
    body: () => ({ version: 1, method: 'phone', result: 'ok', satisfaction: 5 }),
    expected: MEIS_TICKET_REFUSED,
  },

  {
    method: 'GET',
    route: '/api/reports',
    url: () => '/api/reports?month=2025-03',
    expected: ADMIN(200),
  },
  {
    method: 'GET',
    route: '/api/reports/report.xlsx',
    url: () => '/api/reports/report.xlsx?month=2025-03',
    expected: ADMIN(200),
  },
  {
    method: 'GET',
    route: '/api/reports/report.html',
    url: () => '/api/reports/report.html?month=2025-03',
    expected: ADMIN(200),
  },

  { method: 'GET', route: '/api/admin/agents', expected: ADMIN(200) },
  { method: 'POST', route: '/api/admin/agents', body: empty, expected: ADMIN(400) },
  {
    method: 'PUT',
    route: '/api/admin/agents/:id',
    url: unknown('/api/admin/agents/:id'),
    body: empty,
    expected: ADMIN(400),
  },
  ...['password', 'deactivate', 'reactivate'].map((action): Row => ({
    method: 'POST',
    route: `/api/admin/agents/:id/${action}`,
    url: unknown(`/api/admin/agents/:id/${action}`),
    body: empty,
    expected: ADMIN(404),
  })),
  { method: 'GET', route: '/api/admin/departments', expected: ADMIN(200) },
  { method: 'POST', route: '/api/admin/departments', body: empty, expected: ADMIN(400) },
  {
    method: 'PUT',
    route: '/api/admin/departments/:id',
    url: unknown('/api/admin/departments/:id'),
    body: empty,
    expected: ADMIN(400),
  },
  {
    method: 'POST',
    route: '/api/admin/departments/:id/default',
    url: unknown('/api/admin/departments/:id/default'),
    body: empty,
    expected: ADMIN(404),
  },
  {
    method: 'DELETE',
    route: '/api/admin/departments/:id',
    url: unknown('/api/admin/departments/:id'),
    expected: ADMIN(404),
  },
  { method: 'GET', route: '/api/admin/widget', expected: ADMIN(200) },
  { method: 'PUT', route: '/api/admin/widget', body: empty, expected: ADMIN(400) },
  { method: 'GET', route: '/api/admin/widget/identity', expected: ADMIN(200) },
  { method: 'PUT', route: '/api/admin/widget/identity', body: empty, expected: ADMIN(400) },
  {
    method: 'POST',
    route: '/api/admin/widget/identity/secret',
    body: () => ({ keep: true }),
    expected: ADMIN(400),
  },

  { method: 'GET', route: '/api/admin/audit', expected: ADMIN(200) },
  { method: 'GET', route: '/api/admin/tickets/overdue', expected: ADMIN(200) },
  { method: 'GET', route: '/api/admin/ticket-contacts', expected: ADMIN(200) },
  {
    method: 'PUT',
    route: '/api/admin/ticket-contacts/:id',
    url: unknown('/api/admin/ticket-contacts/:id'),
    body: () => ({ agentIds: [] }),
    expected: ADMIN(404),
  },
  {
    method: 'DELETE',
    route: '/api/admin/visitors/:id',
    url: unknown('/api/admin/visitors/:id'),
    expected: ADMIN(404),
  },

  { method: 'GET', route: '/api/faq', expected: ADMIN(200) },
  { method: 'POST', route: '/api/faq', body: empty, expected: ADMIN(400) },
  { method: 'POST', route: '/api/faq/test', body: empty, expected: ADMIN(400) },
  { method: 'GET', route: '/api/faq/:id', url: unknown('/api/faq/:id'), expected: ADMIN(404) },
  {
    method: 'PUT',
    route: '/api/faq/:id',
    url: unknown('/api/faq/:id'),
    body: empty,
    expected: ADMIN(400),
  },
  { method: 'DELETE', route: '/api/faq/:id', url: unknown('/api/faq/:id'), expected: ADMIN(404) },
  {
    method: 'POST',
    route: '/api/faq/:id/restore',
    url: unknown('/api/faq/:id/restore'),
    body: empty,
    expected: ADMIN(400),
  },
  { method: 'GET', route: '/api/faq/gaps', expected: ADMIN(200) },
  { method: 'POST', route: '/api/faq/gaps/resolve', body: empty, expected: ADMIN(400) },
  {
    method: 'GET',
    route: '/api/faq/export',
    url: () => '/api/faq/export?format=json',
    expected: ADMIN(200),
  },
  {
    method: 'GET',
    route: '/api/faq/template',
    url: () => '/api/faq/template?format=csv',
    expected: ADMIN(200),
  },
  {
    method: 'POST',
    route: '/api/faq/import',
    // A dry run of an empty knowledge base: nothing is applied.
    url: () => '/api/faq/import?format=json&apply=false',
    body: () => [],
    expected: ADMIN(200),
  },

  // The visitor's file routes want the visitor's token: a console cookie is nothing to them.
  {
    method: 'POST',
    route: '/api/visitor/attachments',
    url: () => upload('/api/visitor/attachments'),
    file: PROGRAM,
    expected: PUBLIC(401),
  },
  {
    method: 'GET',
    route: '/api/visitor/attachments/:id',
    url: () => `/api/visitor/attachments/${meisFile}`,
    expected: PUBLIC(401),
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/attachments',
    url: (cast) => upload(`/api/conversations/${cast.conversationId}/attachments`),
    file: PROGRAM,
    // Only the holder writes into a chat (the admin too is told it is not theirs).
    expected: { ...SIGNED_IN(415), otherDept: 404, admin: 403 },
  },
  {
    method: 'GET',
    route: '/api/attachments/:id',
    url: () => `/api/attachments/${meisFile}`,
    note: ' (a file in Mei’s chat)',
    expected: MEIS_CHAT,
  },
  {
    method: 'GET',
    route: '/api/attachments/:id',
    url: unknown('/api/attachments/:id'),
    note: ' (unknown id)',
    expected: SIGNED_IN(404),
  },
];

let cast: Cast;
beforeAll(async () => {
  cast = await startCast();
  const made = await consoleRequest(cast.server.url, 'POST', '/api/tickets', cast.cookies.agent, {
    type: 'complaint',
    departmentId: 'general',
    title: 'Broken cup',
  });
  meisTicket = ((await made.json()) as { ticket: { id: string } }).ticket.id;
  const file = await agentUpload(cast.server.url, cast.cookies.agent!, cast.conversationId, PDF, {
    name: 'invoice.pdf',
  });
  meisFile = ((await file.json()) as { message: { id: string } }).message.id;
});
afterAll(() => cast.close());

async function cookieFor(row: Row, who: Who): Promise<string | null> {
  if (!row.fresh || !['otherDept', 'agent', 'admin'].includes(who)) return cast.cookies[who];
  const account = cast.accounts[who];
  return signIn(cast.server.url, account && credentials(account));
}

describe('the REST authorisation matrix', () => {
  it('has a row for every route the server has, and no row for a route it lacks', () => {
    const listed = [...new Set(ROWS.map((r) => `${r.method} ${r.route}`))].sort();
    expect(listRoutes(cast.server.app)).toEqual(listed);
  });

  it.each(ROWS.map((row) => [`${row.method} ${row.route}${row.note ?? ''}`, row] as const))(
    '%s answers each caller as the table says',
    async (_name, row) => {
      const got: Partial<Expected> = {};
      for (const who of WHO) {
        const path = row.url ? row.url(cast, who) : row.route;
        const cookie = await cookieFor(row, who);
        const res = row.file
          ? await fetch(`${cast.server.url}${path}`, {
              method: row.method,
              headers: { 'content-type': 'application/octet-stream', ...(cookie && { cookie }) },
              body: row.file,
            })
          : await consoleRequest(cast.server.url, row.method, path, cookie, row.body?.(who));
        got[who] = res.status;
      }
      // Signing out everywhere ended the shared sessions too: the rows after it need new ones.
      if (row.fresh) await cast.renew();
      expect(got).toEqual(row.expected);
    },
  );
});

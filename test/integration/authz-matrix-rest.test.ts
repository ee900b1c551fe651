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
import {
  ADMIN,
  made,
  MEIS_CHAT,
  PUBLIC,
  SIGNED_IN,
  conversation,
  empty,
  unknown,
  type Row,
} from '../helpers/authz-rest.ts';
import { FILE_ROWS, PAGE_HELP_ROWS, SURVEY_ROWS, TICKET_ROWS } from '../helpers/authz-rest-rows.ts';
import { consoleRequest } from '../helpers/console-api.ts';

/** Every REST route and who may call it: a route without a row fails the first test. */
const ROWS: Row[] = [
  { method: 'GET', route: '/healthz', expected: PUBLIC(200) },
  { method: 'GET', route: '/chat', expected: PUBLIC(200) },
  { method: 'GET', route: '/widget.js', expected: PUBLIC(200) },
  { method: 'GET', route: '/widget-help.js', expected: PUBLIC(200) },
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

  ...TICKET_ROWS,
  ...FILE_ROWS,
  ...SURVEY_ROWS,
  ...PAGE_HELP_ROWS,
];

let cast: Cast;
beforeAll(async () => {
  cast = await startCast();
  const created = await consoleRequest(
    cast.server.url,
    'POST',
    '/api/tickets',
    cast.cookies.agent,
    {
      type: 'complaint',
      departmentId: 'general',
      title: 'Broken cup',
    },
  );
  made.ticket = ((await created.json()) as { ticket: { id: string } }).ticket.id;
  const file = await agentUpload(cast.server.url, cast.cookies.agent!, cast.conversationId, PDF, {
    name: 'invoice.pdf',
  });
  made.file = ((await file.json()) as { message: { id: string } }).message.id;
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

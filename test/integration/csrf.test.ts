import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes, startCast, type Cast } from '../helpers/authz.ts';
import { readDatabase } from '../helpers/database-rows.ts';
import { consoleCalls, openSurvey } from '../helpers/surveys.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A work order of Mei's and an open survey, made in beforeAll. */
let ticketId = '';
let surveyId = '';

/** Which real id a route's `:id` takes, by where the route starts; else the cast's chat. */
const IDS: [prefix: RegExp, id: () => string][] = [
  // The admin's account routes and the photo routes name Mei.
  [/^\/api\/(admin\/)?agents\//, () => 'mei'],
  [/^\/api\/admin\/(departments|ticket-contacts)/, () => 'sales'],
  [/^\/api\/faq/, () => 'return.zh'],
  [/^\/api\/tickets/, () => ticketId],
  [/^\/api\/(admin\/)?surveys/, () => surveyId],
];

/** Real ids, so a request that slipped past the guard would change something. */
function address(route: string, cast: Cast): string {
  const id = IDS.find(([prefix]) => prefix.test(route))?.[1]() ?? cast.conversationId;
  return route.replace(':id', id);
}

/** What another site's page can send with the admin's cookie, without a preflight. */
const HOSTILE: [name: string, init: () => RequestInit][] = [
  ['a text/plain form', () => ({ headers: { 'content-type': 'text/plain' }, body: '{"x":1}' })],
  [
    'an urlencoded form',
    () => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=evil%40evil.example&nameZh=x&nameEn=x&id=evil',
    }),
  ],
  [
    'a multipart form',
    () => {
      const form = new FormData();
      form.set('file', new Blob(['id,question,answer\nevil,Q,A']), 'kb.csv');
      return { body: form };
    },
  ],
  [
    // Needs a preflight, which Kefu never grants; and the guard checks the origin besides.
    'a file from another origin',
    () => ({
      headers: { 'content-type': 'application/octet-stream', origin: 'https://evil.example' },
      body: '%PDF-1.4\n%%EOF\n',
    }),
  ],
  [
    'JSON from another origin',
    () => ({
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    }),
  ],
];

let cast: Cast;
beforeAll(async () => {
  cast = await startCast();
  const made = await fetch(`${cast.server.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cast.cookies.agent! },
    body: JSON.stringify({ type: 'complaint', departmentId: 'general', title: 'Broken cup' }),
  });
  ticketId = ((await made.json()) as { ticket: { id: string } }).ticket.id;
  const admin = consoleCalls(cast.server, cast.cookies.admin!);
  surveyId = (await openSurvey(admin)).id;
});
afterAll(() => cast.close());

/** Every stored row, except the search index the background indexer keeps filling. */
function snapshot(): Promise<string> {
  return readDatabase(cast.server, async (db) => {
    const tables = await db.tables();
    return JSON.stringify(await Promise.all(tables.map(async (t) => [t, await db.rows(t)])));
  });
}

describe('cross-site requests', () => {
  const writes = () =>
    listRoutes(cast.server.app)
      .map((r) => r.split(' ') as [string, string])
      .filter(([method, path]) => WRITES.has(method) && path.startsWith('/api/'));

  it('checks the sign-in, the visitor side, uploads and the admin pages alike', () => {
    expect(writes().map((w) => w.join(' '))).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'POST /api/auth/logout-everywhere',
        'POST /api/visitor/sessions',
        'POST /api/faq/import',
        'POST /api/visitor/attachments',
        'POST /api/conversations/:id/attachments',
        'PUT /api/agents/:id/avatar',
        'DELETE /api/agents/:id/avatar',
        'DELETE /api/admin/departments/:id',
        'POST /api/tickets/:id/status',
        'PUT /api/admin/ticket-contacts/:id',
        'POST /api/admin/widget/identity/secret',
        'PUT /api/admin/surveys/:id',
        'POST /api/surveys/:id/responses',
        'PUT /api/admin/page-help/rules',
        'PUT /api/admin/page-help/notices',
      ]),
    );
  });

  it.each(HOSTILE)('%s changes nothing on any write under /api/', async (_name, init) => {
    const before = await snapshot();
    const refused: string[] = [];
    for (const [method, route] of writes()) {
      const { headers, body } = init();
      const res = await fetch(`${cast.server.url}${address(route, cast)}`, {
        method,
        headers: { cookie: cast.cookies.admin!, ...(headers as Record<string, string>) },
        body,
      });
      const json = (await res.json()) as { error?: { code: string } };
      refused.push(`${method} ${route} ${res.status} ${json.error?.code}`);
    }
    expect(refused).toEqual(writes().map(([m, r]) => `${m} ${r} 403 forbidden`));
    expect(await snapshot()).toBe(before);
  });
});

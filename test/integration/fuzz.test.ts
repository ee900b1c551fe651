import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/store/sqlite/open.ts';
import { runFuzzCampaign } from '../fuzz/campaign.ts';
import { REST_TARGETS } from '../fuzz/rest-targets.ts';
import { servedRoutes } from '../fuzz/served-routes.ts';
import { signIn } from '../helpers/agent-client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { connectRaw, newClientId, newVisitor } from '../helpers/visitor-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('hostile input to every socket event and REST route', () => {
  it('has a fuzz target for every route the app serves', async () => {
    // Socket events are checked by the compiler (socket-targets.ts `satisfies` the contract).
    const targeted = REST_TARGETS.map((t) => `${t.method} ${t.path}`).sort();
    expect(targeted).toEqual(await servedRoutes());
  });

  it('is refused with a clear error, stores nothing, and never takes the server down', async () => {
    const result = await runFuzzCampaign({
      url: server.url,
      cases: 3_000,
      seed: 20_251_126,
      database: server.databaseUrl
        ? { url: server.databaseUrl }
        : { file: join(server.dataDir, DATABASE_FILE) },
    });
    // The cases behind any problem, first: they are what a failure needs to show.
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({
      cases: 3_000,
      serverCrashes: 0,
      errors5xx: 0,
      hangs: 0,
      storedForRejected: 0,
      unclearErrors: 0,
      acceptedInvalid: 0,
    });
    // Valid-shaped input got through to the services too, not only to the validators.
    expect(result.accepted).toBeGreaterThan(300);
    expect(result.rejected).toBeGreaterThan(1_500);
  }, 180_000);
});

describe('what the fuzz campaign found, kept as plain cases', () => {
  it.each([
    // Date.UTC reads years 0–99 as 1900–1999: a 1,900-year report, minutes of XLSX work.
    '/api/reports/report.xlsx?month=0088-04',
    // The day after 9999-12-31 sorts before it: the list of days grew until memory ran out.
    '/api/reports?month=9999-12',
    '/api/reports?from=0000-01-01&to=0000-01-02',
  ])('refuses %s as a bad period', async (path) => {
    const res = await fetch(`${server.url}${path}`, {
      headers: { cookie: await signIn(server.url) },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
  });

  it.each([
    // PostgreSQL cannot store or compare a NUL: the id reached a query and failed there, a 500.
    ['DELETE', '/api/faq/%00'],
    ['POST', '/api/tickets/%00/notes'],
    ['DELETE', '/api/admin/visitors/a%00b'],
  ])('refuses %s %s as an id that cannot exist, before any query', async (method, path) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie: await signIn(server.url), 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'note' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
  });

  it('answers an event sent with extra arguments instead of leaving its callback waiting', async () => {
    const { session, tab } = await newVisitor(server.url);
    const raw = await connectRaw(server.url, { token: session.token });
    const ack: unknown = await raw
      .timeout(5_000)
      .emitWithAck('message.send', { clientId: newClientId(), body: 'hello' }, 'extra');
    expect(ack).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'send one payload object, then the callback' },
    });
    expect(await tab.sync(0)).toEqual([]);
    raw.close();
    tab.close();
  });
});

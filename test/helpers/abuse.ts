import { request } from 'node:http';
import { io } from 'socket.io-client';
import { VISITOR_NAMESPACE, type VisitorSession } from '../../protocol/index.ts';
import { readDatabase, type DatabaseLocation } from './database-rows.ts';
import { connected, socketOptions, type VisitorSocket } from './visitor-client.ts';

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** POST /api/visitor/sessions with extra headers (X-Forwarded-For, Origin …). */
export function postSession(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/visitor/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });
}

/** A new visitor, as seen from the address the headers claim. */
export async function sessionFrom(
  url: string,
  headers: Record<string, string> = {},
): Promise<VisitorSession> {
  const res = await postSession(url, headers);
  if (res.status !== 201) throw new Error(`session request failed: ${res.status}`);
  return (await res.json()) as VisitorSession;
}

/** A visitor tab whose handshake carries these headers; rejects with the connect_error. */
export function visitorSocket(
  url: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<VisitorSocket> {
  const socket: VisitorSocket = io(`${url}${VISITOR_NAMESPACE}`, {
    ...socketOptions({ token }),
    extraHeaders: headers,
  });
  return connected(socket);
}

/** What the server's database holds, whatever was acked: visitors, and messages visitors wrote. */
export function stored(
  server: DatabaseLocation,
): Promise<{ visitors: number; visitorMessages: number }> {
  return readDatabase(server, async (db) => {
    const count = async (sql: string) => (await db.all<{ n: number }>(sql))[0]?.n ?? 0;
    return {
      visitors: await count('SELECT count(*) AS n FROM visitors'),
      visitorMessages: await count("SELECT count(*) AS n FROM messages WHERE author = 'visitor'"),
    };
  });
}

/**
 * A bare WebSocket upgrade of the Socket.IO endpoint, as a browser page would send it:
 * the status and body of the server's answer (101 when it switches protocols).
 */
export function upgrade(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/socket.io/?EIO=4&transport=websocket`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': Buffer.from('kefu-abuse-test!').toString('base64'),
        ...headers,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: '' });
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Engine.IO's first long-polling request: what allowRequest answers, as JSON. */
export async function pollingHandshake(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/socket.io/?EIO=4&transport=polling`, { headers });
  const text = await res.text();
  return { status: res.status, body: res.status === 200 ? text : JSON.parse(text) };
}

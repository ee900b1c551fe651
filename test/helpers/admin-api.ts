import { expect } from 'vitest';
import type { AgentAdmin, AgentCreated } from '../../protocol/index.ts';
import type { AgentCreateInput } from '../../protocol/schemas/admin.ts';
import { consoleRequest } from './console-api.ts';
import type { TestServer } from './server.ts';

/** Console REST calls with one sign-in's cookie (null: signed out). */
export function adminApi(server: TestServer, cookie: string | null) {
  return (method: string, path: string, body?: unknown) =>
    consoleRequest(server.url, method, path, cookie, body);
}

/** The body of a response that must have this status. */
export async function expectJson<T>(res: Response, status: number): Promise<T> {
  const body: unknown = await res.json();
  expect({ status: res.status, body }).toMatchObject({ status });
  return body as T;
}

/** A refusal: the status and the error code, with the server's message for the reader. */
export async function expectError(res: Response, status: number, code: string): Promise<string> {
  const body = await expectJson<{ error: { code: string; message: string } }>(res, status);
  expect(body.error.code).toBe(code);
  return body.error.message;
}

export const NEW_AGENT: AgentCreateInput = {
  email: 'Lei.Wang@Shop.example',
  name: '王磊',
  role: 'agent',
  departments: ['general'],
  maxChats: 3,
  lang: 'zh-CN',
  password: 'wang-lei-password',
};

/** Creates an account through the API as the admin would; returns it. */
export async function createViaApi(
  server: TestServer,
  adminCookie: string,
  input: Partial<AgentCreateInput> = {},
): Promise<AgentAdmin> {
  const res = await adminApi(server, adminCookie)('POST', '/api/admin/agents', {
    ...NEW_AGENT,
    ...input,
  });
  return (await expectJson<AgentCreated>(res, 201)).agent;
}

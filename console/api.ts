import type { AgentProfile, AuthResult } from '../protocol/agent.ts';

/** Why a request failed, in terms the console explains to the agent. */
export type Problem = 'unauthorized' | 'invalid' | 'forbidden' | 'busy' | 'server' | 'network';

export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: Problem };

function problemFor(status: number): Problem {
  if (status === 401) return 'unauthorized';
  if (status === 400) return 'invalid';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'busy';
  return 'server';
}

/** Same-origin JSON calls; the session lives in an httpOnly cookie the browser sends. */
async function call(
  method: 'GET' | 'POST',
  path: string,
  body?: object,
): Promise<Outcome<Response>> {
  try {
    const res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body
        ? { Accept: 'application/json', 'Content-Type': 'application/json' }
        : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : null,
    });
    return res.ok ? { ok: true, data: res } : { ok: false, problem: problemFor(res.status) };
  } catch {
    return { ok: false, problem: 'network' };
  }
}

async function readAgent(res: Outcome<Response>): Promise<Outcome<AgentProfile>> {
  if (!res.ok) return res;
  try {
    const { agent } = (await res.data.json()) as AuthResult;
    return { ok: true, data: agent };
  } catch {
    // A proxy's HTML error page, or a connection cut mid-body.
    return { ok: false, problem: 'server' };
  }
}

export async function currentAgent(): Promise<Outcome<AgentProfile>> {
  return readAgent(await call('GET', '/api/auth/me'));
}

export async function logIn(email: string, password: string): Promise<Outcome<AgentProfile>> {
  return readAgent(await call('POST', '/api/auth/login', { email, password }));
}

export async function logOut(): Promise<Outcome<null>> {
  const res = await call('POST', '/api/auth/logout', {});
  // An expired session is as signed out as a fresh logout.
  if (res.ok || res.problem === 'unauthorized') return { ok: true, data: null };
  return res;
}

import type { AgentProfile, AuthResult } from '../protocol/agent.ts';
import { request, send, type Failure, type RestProblem, type Result } from './rest.ts';

/** Why a request failed, in terms the console explains to the agent. */
export type Problem = 'unauthorized' | 'invalid' | 'forbidden' | 'busy' | 'server' | 'network';

/** `retryAt` comes with `busy` when the server says until when sign-in is locked. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: Problem; retryAt?: Date };

/** Sign-in only tells these apart; anything else is the server's fault. */
const PROBLEMS: Record<RestProblem, Problem> = {
  invalid_input: 'invalid',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  rate_limited: 'busy',
  not_found: 'server',
  conflict: 'server',
  internal: 'server',
  network: 'network',
};

const refused = (failure: Failure): Outcome<never> => ({
  ok: false,
  problem: PROBLEMS[failure.problem],
  ...(failure.retryAt && { retryAt: new Date(failure.retryAt) }),
});

async function agentOf(pending: Promise<Result<AuthResult>>): Promise<Outcome<AgentProfile>> {
  const res = await pending;
  return res.ok ? { ok: true, data: res.data.agent } : refused(res);
}

export function currentAgent(): Promise<Outcome<AgentProfile>> {
  return agentOf(request('GET', '/api/auth/me'));
}

export function logIn(email: string, password: string): Promise<Outcome<AgentProfile>> {
  return agentOf(request('POST', '/api/auth/login', { json: { email, password } }));
}

/** Signs out this browser, or with `everywhere` every browser and device of the agent. */
export async function logOut(everywhere = false): Promise<Outcome<null>> {
  const path = everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout';
  const res = await send('POST', path, { json: {} });
  // An expired session is as signed out as a fresh logout.
  if (res.ok || res.problem === 'unauthorized') return { ok: true, data: null };
  return refused(res);
}

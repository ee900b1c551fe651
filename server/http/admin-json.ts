import express, { type RequestHandler } from 'express';
import type { ServiceDeps } from '../services/deps.ts';
import { noStore } from './no-store.ts';
import { requireAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';

/**
 * The guards of an admin route whose JSON bodies outgrow the app's general limit: same origin,
 * an admin's session, no caching, and only then the body, so strangers cannot make us read it.
 */
export function adminJson(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  limit: string,
): RequestHandler[] {
  return [sameOriginJson(), requireAgent(deps, 'admin'), noStore, express.json({ limit })];
}

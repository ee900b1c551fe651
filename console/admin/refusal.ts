import type { Failure } from '../rest.ts';

/**
 * The field a refusal names, as a path: the server says `email: …` or `embed.origins.2: …`
 * for a body that failed its schema. Null for any other refusal.
 */
export function refusedPath(failure: Failure): string[] | null {
  if (failure.problem !== 'invalid_input') return null;
  const colon = failure.detail.indexOf(':');
  return colon > 0 ? failure.detail.slice(0, colon).split('.') : null;
}

/** What a form shows under itself, and which of its fields to mark and focus. */
export interface FormProblem<F extends string> {
  field: F | null;
  message: string;
}

import type { z } from 'zod';
import { ServiceError } from '../services/errors.ts';
import { describeIssue } from '../validation.ts';

/**
 * A request's body or query as its schema's output. A bad one throws `invalid_input` with the
 * first problem zod found, which `jsonErrors` sends as a 400, so no route repeats the check.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ServiceError('invalid_input', describeIssue(parsed.error));
  return parsed.data;
}

import type { Router } from 'express';
import type { z } from 'zod';
import { serverIdSchema } from '../../protocol/schemas/common.ts';
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

/**
 * Checks the `:id` of every path `router` serves against `schema` before a handler reads it, so
 * an id that cannot exist (a control character, which PostgreSQL cannot even compare) is a 400
 * here and never reaches a query.
 */
export function checkIds(router: Router, schema: z.ZodType<string> = serverIdSchema): void {
  router.param('id', (_req, _res, next, value: unknown) => {
    try {
      parseInput(schema, value);
      next();
    } catch (error) {
      next(error);
    }
  });
}

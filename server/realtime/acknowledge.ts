import type { z } from 'zod';
import type { Ack, AckCallback } from '../../protocol/index.ts';
import type { Logger } from '../logger.ts';
import { ServiceError } from '../services/errors.ts';
import { describeIssue } from '../validation.ts';

/** What the acks of a namespace need. */
export interface Acks {
  logger: Logger;
  /**
   * Resolves once the broadcasts made so far have left this node. In a cluster, an ack then
   * means the other nodes hear of the change even if this node dies right after sending it.
   */
  flushed: () => Promise<void>;
}

/** One node alone: a broadcast has reached every socket it is for once it is made. */
export const alone = async (): Promise<void> => undefined;

/**
 * Wraps one use case as a Socket.IO listener: validate the payload with the event's
 * schema, run, ack the union. Whatever a client sends, it never throws: bad input
 * is an `invalid_input` ack, a bug an `internal` ack plus a log line. Without an ack
 * callback nothing runs, since the client could never learn the outcome. Socket.IO puts
 * the callback last, after however many arguments the client sent, so it is looked for
 * there: with extra arguments it used to sit where no one looked and was never answered.
 */
export function acknowledge<S extends z.ZodType, T>(
  { logger, flushed }: Acks,
  event: string,
  schema: S,
  run: (input: z.output<S>) => Promise<T> | T,
): (...args: unknown[]) => void {
  return (...args) => {
    const ack = args.at(-1);
    if (typeof ack !== 'function') {
      logger.debug({ event }, 'dropped an event without an ack callback');
      return;
    }
    const reply = ack as AckCallback<T>;
    if (args.length !== 2) {
      // emit(event, callback) without a payload, or extra arguments after it.
      const problem =
        args.length === 1
          ? 'a payload object is required'
          : 'send one payload object, then the callback';
      reply(invalid(problem));
      return;
    }
    const [payload] = args;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply(invalid(describeIssue(parsed.error)));
      return;
    }
    Promise.resolve()
      .then(() => run(parsed.data))
      .then(
        (data): Ack<T> => ({ ok: true, data }),
        (err: unknown) => failure(err, logger, event),
      )
      .then(async (outcome) => {
        await flushed().catch((err: unknown) =>
          logger.warn({ err, event }, 'acked before its broadcasts were known to have left'),
        );
        reply(outcome);
      })
      .catch((err: unknown) => logger.error({ err, event }, 'could not send the ack'));
  };
}

function invalid(message: string): Ack<never> {
  return { ok: false, error: { code: 'invalid_input', message } };
}

function failure(err: unknown, logger: Logger, event: string): Ack<never> {
  if (err instanceof ServiceError)
    return { ok: false, error: { code: err.code, message: err.message } };
  logger.error({ err, event }, 'event handler failed');
  return {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
  };
}

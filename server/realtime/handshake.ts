import type { Logger } from '../logger.ts';

type Next = (err?: Error) => void;

/**
 * Wraps an async handshake check as Socket.IO middleware: the check returns an Error to
 * refuse the socket (its message reaches the client as connect_error), nothing to let it
 * in; a failure of our own is logged and refused as 'internal', never thrown.
 */
export function handshake<S>(
  logger: Logger,
  what: string,
  check: (socket: S) => Promise<Error | undefined>,
): (socket: S, next: Next) => void {
  return (socket, next) => {
    check(socket).then(
      (refusal) => next(refusal),
      (err: unknown) => {
        logger.error({ err }, `${what} failed`);
        next(new Error('internal'));
      },
    );
  };
}

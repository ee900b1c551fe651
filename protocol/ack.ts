/** Every acknowledgement is one union, so callers must handle the error branch. */
export type ErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'internal';

export interface AckError {
  code: ErrorCode;
  message: string;
  /** With `rate_limited`: how long to wait, in milliseconds, before the same request can pass. */
  retryAfterMs?: number;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export type AckCallback<T> = (response: Ack<T>) => void;

/** What event `E` of an event map takes, and what its ack carries when it succeeds. */
export type RequestOf<Events, E extends keyof Events> = Events[E] extends (
  input: infer I,
  ack: AckCallback<infer _T>,
) => void
  ? I
  : never;
export type ReplyOf<Events, E extends keyof Events> = Events[E] extends (
  input: infer _I,
  ack: AckCallback<infer T>,
) => void
  ? T
  : never;

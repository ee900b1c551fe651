import type { ErrorCode } from '../../protocol/index.ts';

/** A failure the caller should see as-is (ack error code + message), unlike a bug. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

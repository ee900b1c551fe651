import { ServiceError } from '../errors.ts';

/** Why a file was not taken: REST answers 413 and 415, and the clients say which in words. */
export type RefusalReason = 'too_large' | 'type_not_allowed';

export class AttachmentRefused extends ServiceError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super('invalid_input', message);
    this.name = 'AttachmentRefused';
  }
}

import { randomBytes } from 'node:crypto';

/** Random, url-safe server ids (128 bits, 22 characters): unguessable and fine in room names. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

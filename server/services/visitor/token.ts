import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters): the visitor's only key to their conversations. */
export function newVisitorToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a leaked database does not unlock anyone's chat. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters): a visitor's or an agent's session key. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a leaked database unlocks no chat and no console session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

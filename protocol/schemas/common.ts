import { z } from 'zod';
import { LANGUAGES } from '../language.ts';

export const MESSAGE_MAX_CHARS = 2000;

/** Client-made ids: uuid-like, url-safe, short enough to index. */
export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientId must be 8–64 characters of A–Z, a–z, 0–9, _ or -');

export const serverIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');

export const languageSchema = z.enum(LANGUAGES);

/** Visitor tokens are 32 random bytes, base64url: 43 characters. */
export const visitorTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a visitor token');

/** Rejects lone surrogates and control characters other than tab and newline. */
export function cleanText(max: number) {
  return z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => s.isWellFormed(), 'text contains broken Unicode')
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), 'text contains control characters');
}

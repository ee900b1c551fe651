import { z } from 'zod';
import { LANGUAGES } from '../language.ts';

/** Client-made ids: uuid-like, url-safe, short enough to index. */
export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientId must be 8–64 characters of A–Z, a–z, 0–9, _ or -');

export const serverIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');

/** FAQ entry ids come from imported spreadsheets and may contain dots and colons (`returns.zh-CN`). */
export const faqIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,128}$/, '1–128 characters of A–Z, a–z, 0–9, _ . : -');

export const languageSchema = z.enum(LANGUAGES);

/** Visitor tokens are 32 random bytes, base64url: 43 characters. */
export const visitorTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a visitor token');

/** Rejects lone surrogates and control characters other than tab and line breaks. */
export function cleanText(max: number) {
  return z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => s.isWellFormed(), 'text contains broken Unicode')
    .refine((s) => !/\p{Cc}/u.test(s.replace(/[\t\n\r]/g, '')), 'text contains control characters');
}

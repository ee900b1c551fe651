import { randomBytes } from 'node:crypto';

/** RFC 4648 base32, lower-case: no 0/1/8, so nothing to confuse when typing it from a log. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** Four groups of four (80 random bits), e.g. `k7qd-m2xa-pw5r-tz3e`. */
export function generatePassword(): string {
  // 32 divides 256, so `byte % 32` picks every letter equally often.
  const chars = [...randomBytes(16)].map((b) => ALPHABET.charAt(b % 32)).join('');
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4)).join('-');
}

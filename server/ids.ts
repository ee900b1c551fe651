import { randomFillSync } from 'node:crypto';

/** Ids drawn per refill: one call into the CSPRNG serves this many ids. */
const PER_REFILL = 256;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * Random, url-safe server ids (128 bits, 22 characters): unguessable and fine in room names.
 * Several ids are made per message, so the random bytes come from a pool refilled in bulk
 * (as crypto.randomUUID does) instead of one randomBytes call each.
 */
export function newId(): string {
  if (offset + 16 > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(16 * PER_REFILL));
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + 16);
  offset += 16;
  return id;
}

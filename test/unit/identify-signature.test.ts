import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identifySchema } from '../../protocol/schemas/identity.ts';
import { signatureMatches } from '../../server/services/visitor/identify.ts';

/** The example in docs/embed.md: every backend language there must give this. */
const SECRET = 'abc123';
const SIGNED = 'bbceb9236961e5ab61e79ee2e5c07a8977a30807739f49131eef54721b4603b7';

describe('the identify signature', () => {
  it('accepts the HMAC-SHA256 of the id with the site secret, as docs/embed.md shows', () => {
    expect(signatureMatches(SECRET, 'cust-42', SIGNED)).toBe(true);
  });

  it('refuses another id, another secret, a cut signature and an empty secret', () => {
    expect(signatureMatches(SECRET, 'cust-43', SIGNED)).toBe(false);
    expect(signatureMatches('abc124', 'cust-42', SIGNED)).toBe(false);
    expect(signatureMatches(SECRET, 'cust-42', SIGNED.slice(0, 62))).toBe(false);
    // Without a secret anyone could compute the HMAC: nothing is ever verified then.
    const keyless = createHmac('sha256', '').update('cust-42').digest('hex');
    expect(signatureMatches('', 'cust-42', keyless)).toBe(false);
  });

  it('reads an upper-case signature as the same, and null or "" claims as absent', () => {
    const parsed = identifySchema.parse({
      id: 'cust-42',
      name: '  ',
      email: null,
      signature: SIGNED.toUpperCase(),
    });
    expect(parsed).toMatchObject({ name: null, email: null, attributes: {}, tier: null });
    expect(signatureMatches(SECRET, 'cust-42', parsed.signature ?? '')).toBe(true);
  });

  it('bounds the attributes: at most 20 short names with short values', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a${i}`, i]));
    expect(identifySchema.safeParse({ attributes: many }).success).toBe(false);
    expect(identifySchema.safeParse({ attributes: { 'bad name': 1 } }).success).toBe(false);
    expect(identifySchema.safeParse({ attributes: { plan: 'x'.repeat(201) } }).success).toBe(false);
    expect(identifySchema.safeParse({ attributes: { plan: { nested: 1 } } }).success).toBe(false);
    expect(identifySchema.safeParse({ attributes: { plan: 'annual', orders: 17 } }).success).toBe(
      true,
    );
  });
});

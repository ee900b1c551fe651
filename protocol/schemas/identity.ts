import { z } from 'zod';
import { cleanText } from './common.ts';

/** A short claim; null and "" read as not given. */
const claim = (max: number) =>
  cleanText(max)
    .nullish()
    .transform((s) => s?.trim() || null);

export const tierSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}_.-]{1,32}$/u, 'a tier is 1–32 letters, digits, _ . or -');

export const IDENTITY_ATTRIBUTES_MAX = 20;

/** Visitor → server `visitor.identify`: what `Kefu('identify', …)` passes on. */
export const identifySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[\x21-\x7e]{1,128}$/, 'id: 1–128 printable ASCII characters')
    .nullish()
    .transform((s) => s ?? null),
  name: claim(100),
  email: claim(200),
  phone: claim(50),
  tier: tierSchema.nullish().transform((s) => s ?? null),
  attributes: z
    .record(
      z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'attribute names: 1–32 of A–Z a–z 0–9 _ . -'),
      z.union([cleanText(200), z.number().finite()]),
    )
    .refine(
      (a) => Object.keys(a).length <= IDENTITY_ATTRIBUTES_MAX,
      `at most ${IDENTITY_ATTRIBUTES_MAX} attributes`,
    )
    .nullish()
    .transform((a) => a ?? {}),
  /** Hex HMAC-SHA256 of `id` with the site secret, made by the site's backend. */
  signature: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'signature: 64 hex characters (HMAC-SHA256 of id)')
    .nullish()
    .transform((s) => s?.toLowerCase() ?? null),
});
export type IdentifyInput = z.input<typeof identifySchema>;

/** REST: PUT /api/admin/widget/identity */
export const identitySettingsSchema = z.strictObject({
  priorityTiers: z.array(tierSchema).max(20, 'at most 20 tiers'),
});
export type IdentitySettingsInput = z.input<typeof identitySettingsSchema>;

/** REST: POST /api/admin/widget/identity/secret (regenerate); no options. */
export const secretRegenerateSchema = z.strictObject({});

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import type { IdentifyResult, VisitorIdentity } from '../../../protocol/index.ts';
import type { identifySchema } from '../../../protocol/schemas/identity.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** Whether `signature` (hex) is the HMAC-SHA256 of `id` with the site secret; constant time. */
export function signatureMatches(secret: string, id: string, signature: string): boolean {
  if (!secret) return false;
  const expected = createHmac('sha256', secret).update(id).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `Kefu('identify', …)`. A correct signature makes the visitor that customer: every browser
 * verified with the same id shares one history (`merged` when this one just joined it). Without
 * one, the claims stay on this visitor, shown as unverified, and merge nothing. A chat verified
 * as a customer changes only by logout: any other identify is `conflict`, and the widget then
 * starts a new visitor, so one person's history never reaches the next on a shared computer.
 */
export async function identifyVisitor(
  deps: Pick<ServiceDeps, 'store' | 'widget' | 'events'>,
  actor: VisitorActor,
  input: z.output<typeof identifySchema>,
): Promise<IdentifyResult> {
  const { id, signature } = input;
  const verified =
    id !== null &&
    signature !== null &&
    signatureMatches(deps.widget.identity.secret, id, signature);
  const identity: VisitorIdentity = {
    verified,
    id,
    name: input.name,
    email: input.email,
    phone: input.phone,
    tier: input.tier,
    attributes: input.attributes,
  };
  const current = await deps.store.visitorIdentity.get(actor.visitorId);
  if (current?.verified && (!verified || id !== current.id)) {
    throw new ServiceError(
      'conflict',
      'This chat belongs to another signed-in customer: call Kefu("logout") first.',
    );
  }
  if (!verified) {
    await deps.store.visitorIdentity.setClaims(actor.visitorId, identity);
    return { verified: false, merged: false };
  }
  const record = await deps.store.visitorIdentity.linkVerified(actor.visitorId, identity);
  const merged = record !== actor.visitorId;
  if (merged) deps.events.emit('visitor.merged', { visitorId: actor.visitorId, into: record });
  return { verified: true, merged };
}

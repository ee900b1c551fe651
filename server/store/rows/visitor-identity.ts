/** A visitor's identity columns as both engines hold them (claims as JSON), and conversions. */
import type { VisitorIdentity } from '../../../protocol/identity.ts';

export interface VisitorIdentityRaw {
  id: string;
  external_id: string | null;
  identity: string | null;
  merged_into: string | null;
}

/** The stored JSON never repeats what the columns say (verified, the signed id). */
type Claims = Omit<VisitorIdentity, 'verified'>;

export function toIdentity(raw: VisitorIdentityRaw): VisitorIdentity | null {
  if (raw.identity === null) return null;
  const claims = JSON.parse(raw.identity) as Claims;
  return raw.external_id === null
    ? { ...claims, verified: false }
    : { ...claims, id: raw.external_id, verified: true };
}

export const claimsOf = ({ verified: _verified, ...claims }: VisitorIdentity): string =>
  JSON.stringify(claims);

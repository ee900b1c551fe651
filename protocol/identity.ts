/**
 * Who a visitor says they are, from the host page's `Kefu('identify', …)`. Verified when the
 * site's backend signed the id with the site secret (HMAC-SHA256): then every device with that
 * signed id shares one history. Unverified claims stay on the one visitor and merge nothing.
 */
export interface VisitorIdentity {
  verified: boolean;
  /** The site's own user id: the signed one when verified, else only claimed. */
  id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  tier: string | null;
  attributes: Record<string, string | number>;
}

/** Ack of `visitor.identify`. `merged`: this browser now shares a customer's history (reconnect). */
export interface IdentifyResult {
  verified: boolean;
  merged: boolean;
}

/** The admin's identity settings (挂件): the secret sites sign with, and the tiers served first. */
export interface IdentitySettings {
  /** 64 hex characters; never in the public widget config. */
  secret: string;
  priorityTiers: string[];
}

import type { VisitorIdentity } from '../../../protocol/identity.ts';
import type { PreChatAnswers } from '../../../protocol/pre-chat.ts';

/** The pre-chat answers as stored: with the clientId they were sent with (a resend is the same). */
export interface StoredPreChat extends PreChatAnswers {
  clientId: string;
}

/**
 * What host pages said about visitors (`Kefu('identify')`). A verified visitor is the record of
 * the site's user `identity.id`; other browsers verified with that id are merged into it.
 */
export interface VisitorIdentityRepository {
  /**
   * The visitor a token's visitor acts as: itself, or the customer it was merged into; null
   * when that customer no longer exists (erased).
   */
  actingVisitor(visitorId: string): Promise<string | null>;
  get(visitorId: string): Promise<VisitorIdentity | null>;
  /** Unverified claims on this visitor alone (clears nothing else, merges nothing). */
  setClaims(visitorId: string, identity: VisitorIdentity): Promise<void>;
  /**
   * A verified identity: the visitor already verified with `identity.id` takes the new claims
   * and `visitorId` is merged into it, handing over its open conversation unless the customer
   * has one open (its closed ones stay its own); with none, `visitorId` becomes that customer's
   * record. One transaction, so two first sign-ins at once make one record. Returns the record.
   */
  linkVerified(visitorId: string, identity: VisitorIdentity): Promise<string>;
  /** The visitor's pre-chat answers; null until they filled the form in. */
  preChat(visitorId: string): Promise<StoredPreChat | null>;
  /** Stores the answers unless the visitor already has some (first wins); false then. */
  setPreChat(visitorId: string, answers: StoredPreChat): Promise<boolean>;
}

import type { Language } from '../protocol/language.ts';
import type { Author, MessageKind } from '../protocol/message.ts';
import type { IdentifyInput } from '../protocol/schemas/identity.ts';

/**
 * The postMessage contract between the loader (host page) and the chat app (iframe).
 * Both sides name the other's concrete origin when posting and check `event.origin`
 * and `event.source` when receiving; nothing here is ever sent to '*'.
 */

/** The host page the visitor is on, attached to messages they send. */
export interface HostPage {
  url: string;
  title: string;
  /** The host page's document.referrer: where the visitor came from, for the agent. */
  referrer?: string;
}

/** What the host page tells the chat app. `identify` with null is `Kefu('logout')`. */
export type HostToChat =
  | { t: 'open'; page: HostPage }
  | { t: 'close' }
  | { t: 'lang'; lang: Language }
  | { t: 'identify'; identity: IdentifyInput | null };

/** A new bot or agent message, as the host page sees it (never the visitor's token). */
export interface MessageSummary {
  id: string;
  author: Author;
  kind: MessageKind;
  body: string;
  createdAt: string;
}

/** What the chat app tells the host page. */
export type ChatToHost =
  | { t: 'ready' }
  | { t: 'close' }
  | { t: 'message'; message: MessageSummary }
  /** `active`: the visitor has a conversation, so the loader preloads the app on later visits. */
  | { t: 'state'; unread: number; active: boolean };

/** Loose shape check for data that passed the origin and source checks. */
export function isBridgeMessage<T extends { t: string }>(data: unknown): data is T {
  return (
    typeof data === 'object' && data !== null && typeof (data as { t?: unknown }).t === 'string'
  );
}

import type { Language } from '../../protocol/language.ts';
import type { IdentifyInput } from '../../protocol/schemas/identity.ts';
import type { MessageSummary } from '../bridge.ts';

/** Events a host page can listen to with `Kefu('on', event, handler)`, and what each handler gets. */
export interface KefuEventMap {
  /** The launcher is on the page and commands run at once (also fires for late listeners). */
  ready: undefined;
  open: undefined;
  close: undefined;
  /** A new bot or agent message arrived (also while the panel is closed). */
  message: MessageSummary;
  /** How many bot/agent messages the visitor has not seen; 0 once they open the panel. */
  unread: number;
}

export type KefuEvent = keyof KefuEventMap;
export type KefuHandler<E extends KefuEvent> = (detail: KefuEventMap[E]) => void;

/** `window.Kefu`: the one function a host page calls. Calls made before the loader arrives are queued in `q`. */
export interface KefuApi {
  (command: 'open' | 'close' | 'toggle'): void;
  <E extends KefuEvent>(command: 'on' | 'off', event: E, handler: KefuHandler<E>): void;
  /** Switches launcher and chat at once; `setLanguage` is the same command's earlier name. */
  (command: 'setLocale' | 'setLanguage', lang: Language): void;
  /** Who the visitor is; `signature` (HMAC-SHA256 of `id`, from the site's backend) verifies it. */
  (command: 'identify', identity: IdentifyInput): void;
  /** The site's user signed out: the chat forgets them in this browser. */
  (command: 'logout'): void;
  q?: ArrayLike<unknown>[];
  loaded?: true;
}

type AnyHandler = (detail: unknown) => void;

/** Event listeners: 'ready' is sticky, a listener added after it fired is called at once. */
export function createEvents() {
  const listeners = new Map<string, Set<AnyHandler>>();
  let ready = false;
  return {
    on(event: string, handler: AnyHandler) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(handler));
      if (event === 'ready' && ready) handler(undefined);
    },
    off(event: string, handler: AnyHandler) {
      listeners.get(event)?.delete(handler);
    },
    emit<E extends KefuEvent>(event: E, detail?: KefuEventMap[E]) {
      if (event === 'ready') ready = true;
      for (const handler of listeners.get(event) ?? []) {
        try {
          handler(detail);
        } catch (err) {
          console.error(err);
        }
      }
    },
  };
}

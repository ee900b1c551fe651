import { isBridgeMessage, type ChatToHost, type HostPage, type HostToChat } from '../bridge.ts';

export type PostToHost = (message: ChatToHost) => void;

/** One code point of a page title as `message.send` accepts it: no control characters, no lone surrogates. */
function titleChar(c: string): string {
  if (c < ' ' || c === '\x7f') return ' ';
  return c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : c;
}

/** A web page address `message.send` accepts: http(s), at most 2048 characters. */
function webUrl(url: unknown): url is string {
  return typeof url === 'string' && /^https?:\/\//.test(url) && url.length <= 2048;
}

/**
 * Keeps the host page within what `message.send` accepts (url ≤ 2048, title ≤ 300), else
 * drops it; a referrer that is not a web page (none, or an app's) is left out alone.
 */
export function cleanPage(page: HostPage): HostPage | null {
  if (!webUrl(page.url)) return null;
  // Code points, not UTF-16 units, so the cut never splits a surrogate pair.
  const title = Array.from(page.title.trim(), titleChar).slice(0, 150).join('');
  return webUrl(page.referrer)
    ? { url: page.url, title, referrer: page.referrer }
    : { url: page.url, title };
}

/**
 * Talks to the loader on the host page: only to `hostOrigin`, only from `window.parent`.
 * Returns null when the app is opened on its own, outside an iframe.
 */
export function connectHost(
  hostOrigin: string | null,
  onMessage: (message: HostToChat) => void,
): PostToHost | null {
  const parent = window.parent;
  if (!hostOrigin || parent === window) return null;
  window.addEventListener('message', (event) => {
    if (
      event.origin === hostOrigin &&
      event.source === parent &&
      isBridgeMessage<HostToChat>(event.data)
    ) {
      onMessage(event.data);
    }
  });
  return (message) => parent.postMessage(message, hostOrigin);
}

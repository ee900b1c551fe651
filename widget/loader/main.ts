import type { WidgetConfig } from '../../protocol/admin.ts';
import { pickLanguage } from '../../protocol/language.ts';
import type { IdentifyInput } from '../../protocol/schemas/identity.ts';
import { isBridgeMessage, type ChatToHost, type HostToChat } from '../bridge.ts';
import { createEvents, type KefuApi } from './api.ts';
import { readOptions, type LoaderOptions } from './options.ts';
import { TEXTS } from './texts.ts';
import { titleBadge } from './title.ts';
import { drawLauncher } from './ui.ts';

// `&&` and `||` rather than `?.` and `??`: built for ES2018, those would compile to longer code
// and the loader has a 3 KB budget.

/** Set once this visitor has a conversation, so later visits preload the chat and show unread replies. */
const ACTIVE_KEY = 'kefu.active';

declare global {
  interface Window {
    Kefu?: KefuApi;
  }
}

function start(options: LoaderOptions, config: Partial<WidgetConfig>): void {
  const { origin, side, greeting, sound } = options;
  const here = location.origin;
  const sites = config.origins || '*';
  // /chat would refuse to load in a frame here (frame-ancestors): no launcher beats a broken panel.
  if (sites !== '*' && here !== origin && !sites.includes(here)) {
    return console.warn(`Kefu: ${here} not allowed`);
  }
  const color = options.color || config.color || '#1f6feb';
  let lang = options.lang;
  const ui = drawLauncher(color, side);
  const events = createEvents();
  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let open = false;
  let unread = 0;
  // Counts what came while the tab was hidden, also with the panel open (then nothing is unread).
  const retitle = options.badge ? titleBadge(document) : () => undefined;
  /** The latest identify or logout, for the chat app whenever it (re)loads. */
  let who: HostToChat | null = null;

  const post = (message: HostToChat) => {
    const target = ready && frame && frame.contentWindow;
    if (target) target.postMessage(message, origin);
  };
  const label = () => {
    const tx = TEXTS[lang];
    ui.button.setAttribute('aria-label', tx.launcher);
    ui.badge.setAttribute('aria-label', tx.unread(unread));
    if (frame) frame.title = tx.frame;
  };
  const showUnread = (count: number) => {
    unread = count;
    ui.badge.hidden = count === 0;
    ui.badge.textContent = count > 99 ? '99+' : String(count);
    if (count) ui.button.setAttribute('aria-describedby', 'b');
    else ui.button.removeAttribute('aria-describedby');
    label();
  };
  const createFrame = () => {
    if (frame) return frame;
    const query = new URLSearchParams({ lang, color, greeting, origin: here, sound });
    frame = Object.assign(document.createElement('iframe'), { src: `${origin}/chat?${query}` });
    ui.panel.append(frame);
    label();
    return frame;
  };
  const pageInfo = () => ({
    url: location.href,
    title: document.title,
    referrer: document.referrer,
  });

  const setOpen = (next: boolean) => {
    if (next === open) return;
    open = next;
    ui.panel.hidden = !open;
    ui.button.setAttribute('aria-expanded', String(open));
    if (open) {
      // Focusing the frame first lets the app move focus to its text box without "stealing" it.
      createFrame().focus();
      post({ t: 'open', page: pageInfo() });
    } else {
      if (document.activeElement === ui.host) ui.button.focus();
      post({ t: 'close' });
    }
    events.emit(open ? 'open' : 'close');
  };

  addEventListener('message', (event) => {
    if (!frame || event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!isBridgeMessage<ChatToHost>(event.data)) return;
    const message = event.data;
    if (message.t === 'ready') {
      ready = true;
      post({ t: 'lang', lang });
      if (who) post(who);
      if (open) post({ t: 'open', page: pageInfo() });
    } else if (message.t === 'close') setOpen(false);
    else if (message.t === 'message') {
      retitle(1);
      events.emit('message', message.message);
    } else {
      remember(message.active);
      if (message.unread !== unread) events.emit('unread', message.unread);
      showUnread(message.unread);
    }
  });

  const api = ((command: string, ...args: unknown[]) => {
    const [first, handler] = args;
    if (command === 'open' || command === 'close' || command === 'toggle') {
      setOpen(command === 'toggle' ? !open : command === 'open');
    } else if ((command === 'on' || command === 'off') && typeof handler === 'function') {
      events[command](String(first), handler as (detail: unknown) => void);
    } else if (/^set(Locale|Language)$/.test(command) && pickLanguage(String(first))) {
      lang = pickLanguage(String(first)) || lang;
      label();
      post({ t: 'lang', lang });
    } else if (command === 'identify' || command === 'logout') {
      post(
        (who = { t: 'identify', identity: command === 'logout' ? null : (first as IdentifyInput) }),
      );
      // The token lives in the chat's storage: only the chat app can forget it.
      if (!who.identity) createFrame();
    } else console.warn(`Kefu: unknown command "${command}"`);
  }) as KefuApi;
  api.loaded = true;

  const stub = window.Kefu;
  const queued = (stub && stub.q) || [];
  window.Kefu = api;
  ui.button.addEventListener('click', () => setOpen(!open));
  addEventListener('visibilitychange', () => retitle(0));
  label();
  for (const args of Array.from(queued)) (api as (...a: unknown[]) => void)(...Array.from(args));
  if (recalled()) createFrame();
  // In-context help (页面帮助) is a file of its own, fetched only where the admin has rules.
  if (config.help && config.help.length) {
    document.head.append(
      Object.assign(document.createElement('script'), { src: `${origin}/widget-help.js` }),
    );
  }
  events.emit('ready');
}

function remember(active: boolean): void {
  try {
    if (active) localStorage.setItem(ACTIVE_KEY, '1');
    else localStorage.removeItem(ACTIVE_KEY);
  } catch {
    // Storage blocked: the chat then loads on first open, as for a new visitor.
  }
}

function recalled(): boolean {
  try {
    return localStorage.getItem(ACTIVE_KEY) === '1';
  } catch {
    return false;
  }
}

const options = window.Kefu && window.Kefu.loaded ? null : readOptions();
if (options) {
  // The admin's colour and allowed sites; without an answer (a strict connect-src, say) the
  // launcher still comes, in the default colour.
  const config = fetch(`${options.origin}/api/widget/config`)
    .then((res) => res.json() as Promise<Partial<WidgetConfig>>)
    .catch(() => ({}));
  const go = () => void config.then((c) => start(options, c));
  if (document.body) go();
  else addEventListener('DOMContentLoaded', go);
}

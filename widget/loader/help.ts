import type { WidgetConfig } from '../../protocol/admin.ts';
import { helpRuleFor } from '../../protocol/page-help.ts';
import { readOptions } from './options.ts';
import { styleRoot } from './shadow-style.ts';

// In-context help (页面帮助) on the host page: the greeting bubble by the launcher and opening
// the chat by itself. A separate file the loader adds only when the admin has rules, so
// widget.js keeps its 3 KB budget; it drives the chat through the public `window.Kefu` API.
// `&&` and `||` rather than `?.` and `??`, as in main.ts: built for ES2018.

const BUBBLE_KEY = 'kefu.bubble';
const OPENED_KEY = 'kefu.opened';
const DISMISS = { 'zh-CN': '关闭提示', en: 'Dismiss' } as const;

/** Reads a mark in this tab's session, or sets it; blocked storage reads as set (do nothing). */
function session(key: string, set?: 1): string | null {
  try {
    if (set) sessionStorage.setItem(key, '1');
    return sessionStorage.getItem(key);
  } catch {
    return '1';
  }
}

const CSS = (side: string) => `
.g{position:fixed;z-index:2147483647;bottom:92px;${side}:20px;display:flex;max-width:260px;border-radius:12px;
background:#fff;box-shadow:0 6px 20px #0003;font:14px/1.4 system-ui,sans-serif}
button{padding:12px;border:0;background:none;color:#1d2330;font:inherit;text-align:left;cursor:pointer}
.x{padding:8px 12px;color:#5d6778;font-size:18px}
[hidden]{display:none}`;

/** The bubble in a shadow root of its own; `hide` takes it away for the rest of the session. */
function drawBubble(text: string, side: string, label: string, kefu: NonNullable<Window['Kefu']>) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<div class="g" role="status"><button type="button"></button><button class="x" type="button">&times;</button></div>`;
  const [tip, close] = Array.from(root.querySelectorAll('button'));
  styleRoot(root, CSS(side));
  const hide = () => {
    host.remove();
    session(BUBBLE_KEY, 1);
  };
  if (!tip || !close) return hide;
  tip.textContent = text;
  close.setAttribute('aria-label', label);
  tip.addEventListener('click', () => kefu('open'));
  close.addEventListener('click', () => {
    hide();
    // Back to the launcher, which is where the bubble came from.
    const launcher = document.querySelector('[data-kefu]');
    const button = launcher && launcher.shadowRoot && launcher.shadowRoot.querySelector('button');
    if (button) button.focus();
  });
  document.body.append(host);
  return hide;
}

function start(config: WidgetConfig): void {
  const options = readOptions();
  const kefu = window.Kefu;
  const rule = helpRuleFor(config.help || [], location.href);
  if (!options || !kefu || !rule) return;
  let open = false;
  let hide: () => void = () => session(BUBBLE_KEY, 1);
  kefu('on', 'open', () => {
    open = true;
    hide();
  });
  kefu('on', 'close', () => (open = false));
  const bubble = rule.bubble;
  if (bubble && !session(BUBBLE_KEY)) {
    setTimeout(() => {
      if (open || session(BUBBLE_KEY)) return;
      hide = drawBubble(bubble.text[options.lang], options.side, DISMISS[options.lang], kefu);
    }, bubble.afterSeconds * 1000);
  }
  // Conservative: once per session and pattern, and never where session storage is blocked.
  if (rule.open && !session(OPENED_KEY + rule.pattern)) {
    session(OPENED_KEY + rule.pattern, 1);
    kefu('open');
  }
}

const origin = document.currentScript instanceof HTMLScriptElement && document.currentScript.src;
if (origin) {
  fetch(new URL('/api/widget/config', origin).href)
    .then((res) => res.json() as Promise<WidgetConfig>)
    .then(start, () => undefined);
}

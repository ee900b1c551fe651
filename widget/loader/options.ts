import { DEFAULT_LANGUAGE, pickLanguage, type Language } from '../../protocol/language.ts';

/** What the site owner set on the `<script>` tag, and where the Kefu server is. */
export interface LoaderOptions {
  /** The Kefu server's origin, taken from the script's own src. */
  origin: string;
  lang: Language;
  side: 'left' | 'right';
  /** From `data-color`; null: the colour the admin chose in the console. */
  color: string | null;
  greeting: string;
  /** `data-sound="off"`: the chat makes no sound (passed on to it). */
  sound: string;
  /** `data-title-badge="off"` leaves the page's title alone. */
  badge: boolean;
}

/** `document.currentScript` is null once the script has run; then find the tag by its src. */
function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="/widget.js"]');
}

/** `||` rather than `??`, as in main.ts: the same for these values, and shorter in ES2018. */
export function readOptions(): LoaderOptions | null {
  const script = ownScript();
  if (!script) return null;
  const d = script.dataset;
  return {
    origin: new URL(script.src, location.href).origin,
    lang: pickLanguage(d.lang) || pickLanguage(navigator.language) || DEFAULT_LANGUAGE,
    side: d.position === 'left' ? 'left' : 'right',
    color: /^#(?:[0-9a-f]{3}){1,2}$/i.test(d.color || '') ? (d.color as string) : null,
    greeting: d.greeting || '',
    sound: d.sound || '',
    badge: d.titleBadge !== 'off',
  };
}

import { DEFAULT_LANGUAGE, pickLanguage, type Language } from '../../protocol/language.ts';

/** What the loader put in the iframe's URL: `/chat?lang=…&color=…&greeting=…&origin=…`. */
export interface ChatParams {
  lang: Language;
  color: string | null;
  greeting: string | null;
  /** The host page's origin: the only one the bridge talks to; null when opened directly. */
  hostOrigin: string | null;
  /** `/chat?survey=<id>`: a survey's link, shown instead of the chat when opened on its own. */
  survey: string | null;
}

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === value ? origin : null;
  } catch {
    return null;
  }
}

export function readParams(search: string, browserLang: string): ChatParams {
  const q = new URLSearchParams(search);
  const color = q.get('color');
  return {
    lang: pickLanguage(q.get('lang')) ?? pickLanguage(browserLang) ?? DEFAULT_LANGUAGE,
    color: color && COLOR.test(color) ? color : null,
    greeting: q.get('greeting')?.trim().slice(0, 500) || null,
    hostOrigin: originOf(q.get('origin')),
    survey: /^[\w-]{1,64}$/.exec(q.get('survey') ?? '')?.[0] ?? null,
  };
}

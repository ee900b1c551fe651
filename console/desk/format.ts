import type { Language } from '../../protocol/language.ts';

/** Date and time in the agent's language and the browser's time zone. */
export function formatTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/**
 * The visitor reported this address, so only web links become links: a `javascript:` URL
 * must never be one click away for an agent.
 */
export function webLink(url: string | null): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A contact is an e-mail address or a phone number (the server checked which). */
export function contactHref(contact: string): string {
  return contact.includes('@') ? `mailto:${contact}` : `tel:${contact.replace(/[^+0-9]/g, '')}`;
}

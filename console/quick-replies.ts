import type { QuickReply } from '../protocol/desk.ts';
import type { Language } from '../protocol/language.ts';

/** The `/word` being typed right before the caret: where it starts and the word. */
export interface QuickReplyQuery {
  start: number;
  query: string;
}

/** A `/` at the start or after a space opens the menu; a URL's slashes do not. */
export function quickReplyQuery(text: string, caret: number): QuickReplyQuery | null {
  const match = /(^|\s)\/([^\s/]*)$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: match.index + (match[1]?.length ?? 0), query: match[2] ?? '' };
}

const MAX_SHOWN = 8;

/**
 * Replies whose shortcut or text contains the query: the visitor's language first, then
 * shortcuts that start with it, then the admin's order.
 */
export function matchQuickReplies(
  all: readonly QuickReply[],
  query: string,
  lang: Language,
): QuickReply[] {
  const q = query.toLowerCase();
  const rank = (r: QuickReply) => [
    r.lang === lang ? 0 : 1,
    r.shortcut.toLowerCase().startsWith(q) ? 0 : 1,
    r.sort,
  ];
  return all
    .filter((r) => r.shortcut.toLowerCase().includes(q) || r.body.toLowerCase().includes(q))
    .map((r) => ({ r, key: rank(r) }))
    .sort((a, b) => compare(a.key, b.key))
    .slice(0, MAX_SHOWN)
    .map(({ r }) => r);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The text with the `/word` replaced by the reply, and where the caret goes after it. */
export function insertReply(
  text: string,
  at: QuickReplyQuery,
  body: string,
): { text: string; caret: number } {
  const end = at.start + 1 + at.query.length;
  return { text: text.slice(0, at.start) + body + text.slice(end), caret: at.start + body.length };
}

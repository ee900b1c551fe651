/**
 * The small Markdown subset bot answers use: paragraphs, line breaks, `- ` and `1. ` lists,
 * **bold**, [links](https://…) and ![images](https://…). Parsed to plain data, rendered as
 * VNodes: nothing is ever interpreted as HTML, a link whose URL is not http(s) or relative
 * stays plain text, and an image whose URL is not absolute https shows its alt text.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'br' }
  | { t: 'b'; c: Inline[] }
  | { t: 'a'; href: string; c: Inline[] }
  | { t: 'img'; src: string; alt: string };

export type Block = { t: 'p'; c: Inline[] } | { t: 'ul' | 'ol'; items: Inline[][] };

/** URLs may hold one level of balanced parentheses, as in CommonMark. */
const TARGET = String.raw`\(((?:[^()\s]|\([^()\s]*\))+)\)`;
/** **bold**, then ![alt](src) (the alt may be empty), then [label](href). */
const INLINE = new RegExp(
  String.raw`\*\*(.+?)\*\*|!\[([^\]\n]*)\]${TARGET}|\[([^\]\n]+)\]${TARGET}`,
  'g',
);
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBER = /^\s*\d+(?:[.)]\s+|、\s*)(.*)$/;

/** http(s), or a relative URL (no scheme at all). Everything else (javascript:, data:, …) is refused. */
export function safeHref(url: string): string | null {
  const scheme = /^([^/?#]*):/.exec(url);
  return !scheme || /^https?$/i.test(scheme[1] ?? '') ? url : null;
}

/**
 * Absolute https only: a relative image would load from the Kefu server, not the shop; plain
 * http is blocked by the chat's content security policy (and would be mixed content); any
 * other scheme could carry a payload.
 */
export function safeImageSrc(url: string): string | null {
  return /^https:\/\/[^/?#\s]+/i.test(url) ? url : null;
}

function image(alt: string, url: string): Inline[] {
  const src = safeImageSrc(url);
  if (src) return [{ t: 'img', src, alt }];
  return alt ? [{ t: 'text', v: alt }] : [];
}

function link(label: string, url: string): Inline[] {
  const href = safeHref(url);
  const c = parseInline(label);
  return href ? [{ t: 'a', href, c }] : c;
}

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of src.matchAll(INLINE)) {
    if (m.index > at) out.push({ t: 'text', v: src.slice(at, m.index) });
    const [, bold, alt, imageUrl, label, linkUrl] = m;
    if (bold !== undefined) out.push({ t: 'b', c: parseInline(bold) });
    else if (imageUrl !== undefined) out.push(...image(alt ?? '', imageUrl));
    else out.push(...link(label ?? '', linkUrl ?? ''));
    at = m.index + m[0].length;
  }
  if (at < src.length) out.push({ t: 'text', v: src.slice(at) });
  return out;
}

function lines(src: string[]): Inline[] {
  return src.flatMap((line, i) =>
    i ? [{ t: 'br' } as const, ...parseInline(line)] : parseInline(line),
  );
}

export function parseMarkdown(src: string): Block[] {
  const blocks: Block[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length) blocks.push({ t: 'p', c: lines(text) });
    text = [];
  };
  for (const line of src.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const item = bullet ?? NUMBER.exec(line);
    if (item) {
      flush();
      const t = bullet ? 'ul' : 'ol';
      const last = blocks[blocks.length - 1];
      const c = parseInline(item[1] ?? '');
      if (last?.t === t) last.items.push(c);
      else blocks.push({ t, items: [c] });
    } else if (line.trim()) text.push(line.trim());
    else flush();
  }
  flush();
  return blocks;
}

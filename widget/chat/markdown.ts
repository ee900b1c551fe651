/**
 * The small Markdown subset bot answers use: paragraphs, line breaks, `- ` and `1. ` lists,
 * **bold** and [links](https://…). Parsed to plain data, rendered as VNodes: nothing is ever
 * interpreted as HTML, and a link whose URL is not http(s) or relative stays plain text.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'br' }
  | { t: 'b'; c: Inline[] }
  | { t: 'a'; href: string; c: Inline[] };

export type Block = { t: 'p'; c: Inline[] } | { t: 'ul' | 'ol'; items: Inline[][] };

/** URLs may hold one level of balanced parentheses, as in CommonMark. */
const INLINE = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBER = /^\s*\d+(?:[.)]\s+|、\s*)(.*)$/;

/** http(s), or a relative URL (no scheme at all). Everything else (javascript:, data:, …) is refused. */
export function safeHref(url: string): string | null {
  const scheme = /^([^/?#]*):/.exec(url);
  return !scheme || /^https?$/i.test(scheme[1] ?? '') ? url : null;
}

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of src.matchAll(INLINE)) {
    if (m.index > at) out.push({ t: 'text', v: src.slice(at, m.index) });
    const [, bold, label, url] = m;
    if (bold !== undefined) out.push({ t: 'b', c: parseInline(bold) });
    else {
      const href = safeHref(url ?? '');
      const c = parseInline(label ?? '');
      out.push(...(href ? [{ t: 'a', href, c } as const] : c));
    }
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

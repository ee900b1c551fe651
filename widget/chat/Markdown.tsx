import type { ComponentChildren } from 'preact';
import { parseMarkdown, type Inline } from './markdown.ts';

function inline(nodes: Inline[]): ComponentChildren {
  return nodes.map((n) => {
    if (n.t === 'text') return n.v;
    if (n.t === 'br') return <br />;
    if (n.t === 'b') return <strong>{inline(n.c)}</strong>;
    // No referrer: the image host should not learn which shop page the visitor is on.
    if (n.t === 'img') {
      return <img src={n.src} alt={n.alt} loading="lazy" referrerpolicy="no-referrer" />;
    }
    return (
      <a href={n.href} target="_blank" rel="noopener noreferrer">
        {inline(n.c)}
      </a>
    );
  });
}

/** A bot answer: built from parsed nodes, never from HTML. */
export function Markdown({ src }: { src: string }) {
  return (
    <div class="md">
      {parseMarkdown(src).map((b) => {
        if (b.t === 'p') return <p>{inline(b.c)}</p>;
        const items = b.items.map((c) => <li>{inline(c)}</li>);
        return b.t === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
      })}
    </div>
  );
}

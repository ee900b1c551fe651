import { highlight } from './highlight.ts';

/** The words searched for in <mark>; everything is a text node, so a message cannot inject markup. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>{highlight(text, query).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}

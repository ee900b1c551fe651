import type { TranscriptsTexts } from './i18n.ts';

interface Props {
  /** The tickets page shares it, with the same four strings. */
  tx: Pick<TranscriptsTexts, 'pager' | 'prevPage' | 'nextPage' | 'pageOf'>;
  page: number;
  pages: number;
  /** The address of another page of the same search. */
  hrefOf: (page: number) => string;
}

/**
 * Previous / next as links: Tab and Enter reach them, and Back returns to the page before.
 * At either end the link becomes plain text, so nobody follows a link that goes nowhere.
 */
export function Pager({ tx, page, pages, hrefOf }: Props) {
  if (pages <= 1) return null;
  const step = (to: number, label: string, rel: 'prev' | 'next') =>
    to < 1 || to > pages ? (
      <span key={rel} class="secondary tr-off" aria-disabled="true">
        {label}
      </span>
    ) : (
      // Keyed: unkeyed, the next link could be reused as the previous one, taking focus along.
      <a key={rel} class="secondary" href={hrefOf(to)} rel={rel}>
        {label}
      </a>
    );
  return (
    <nav class="tr-pager" aria-label={tx.pager}>
      {step(page - 1, tx.prevPage, 'prev')}
      <span aria-current="page">{tx.pageOf(page, pages)}</span>
      {step(page + 1, tx.nextPage, 'next')}
    </nav>
  );
}

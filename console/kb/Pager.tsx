import type { KbTexts } from './i18n.ts';

interface Props {
  tx: KbTexts;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous / next, and where the admin is; hidden when everything fits on one page. */
export function Pager({ tx, page, pages, onPage }: Props) {
  if (pages <= 1) return null;
  return (
    <nav class="kb-pager" aria-label={tx.pager}>
      <button type="button" class="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {tx.prevPage}
      </button>
      <span>{tx.pageOf(page, pages)}</span>
      <button
        type="button"
        class="secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {tx.nextPage}
      </button>
    </nav>
  );
}

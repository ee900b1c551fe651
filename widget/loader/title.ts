/**
 * The host page's title with a count in front, `(2) Shop`, for the bot and agent messages that
 * came while the tab was hidden; back to the page's title once it is visible again. Whatever the
 * page sets meanwhile becomes the title to restore, so its own changes are kept.
 */
export function titleBadge(doc: { title: string; hidden: boolean }): (added: number) => void {
  let base = doc.title;
  let mine = base;
  let count = 0;
  return (added) => {
    count = doc.hidden ? count + added : 0;
    if (doc.title !== mine) base = doc.title;
    mine = count ? `(${count}) ${base}` : base;
    if (doc.title !== mine) doc.title = mine;
  };
}

/**
 * A module fetched the first time it is needed: most visitors never need the forms or the
 * file code, and the chat's first download has a size budget. The returned function gives the
 * module, or null until it has arrived and then calls `loaded` (each one asked for) so the
 * caller draws or uses it. Without `loaded` it only looks.
 */
export function lazy<T>(load: () => Promise<T>): (loaded?: () => void) => T | null {
  let module: T | null = null;
  let waiting: (() => void)[] = [];
  return (loaded) => {
    if (module || !loaded) return module;
    if (waiting.push(loaded) === 1) {
      load().then(
        (m) => {
          module = m;
          for (const call of waiting.splice(0)) call();
        },
        () => {
          // Offline, say: the next draw that needs it tries again.
          waiting = [];
        },
      );
    }
    return null;
  };
}

const sheets = new Map<string, Promise<void>>();

/**
 * A lazy chunk's own stylesheet, linked once (chunks may share one) and awaited before the
 * chunk's first draw (lazy-forms.ts …), so nothing shows unstyled. Had the chunk imported its
 * CSS, Vite would put its preload helper in the chat's main chunk for it (vite.no-preload.ts).
 * Resolves on error too: a form without its styles still works.
 */
export function stylesheet(href: string): Promise<void> {
  let sheet = sheets.get(href);
  if (!sheet) {
    sheet = new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = () => done();
      document.head.append(link);
    });
    sheets.set(href, sheet);
  }
  return sheet;
}

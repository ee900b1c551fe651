import type * as Forms from './forms.ts';

let forms: typeof Forms | null = null;
let loading = false;

/**
 * The rating, leave-a-message and department forms, fetched the first time one is needed:
 * most visitors never see them, and the chat's first download has a size budget. Returns
 * null until they have arrived, then calls `loaded` once so the caller draws them.
 */
export function loadForms(loaded: () => void): typeof Forms | null {
  if (forms || loading) return forms;
  loading = true;
  import('./forms.ts').then(
    (m) => {
      forms = m;
      loaded();
    },
    () => {
      // Offline, say: the next draw that needs them tries again.
      loading = false;
    },
  );
  return null;
}

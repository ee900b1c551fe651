import type { AdminTexts } from './i18n.ts';

/**
 * A password the server made up, shown this one time: it is stored only as a hash. Rendered
 * inside the page's status region, so it is read out as it appears.
 */
export function Secret({ tx, name, password }: { tx: AdminTexts; name: string; password: string }) {
  return (
    <p class="admin-secret">
      {tx.generatedFor(name)}
      <code>{password}</code> <span>{tx.shownOnce}</span>
    </p>
  );
}

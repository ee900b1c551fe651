import type { KbTexts } from './i18n.ts';
import { hrefOf, type KbRoute } from './route.ts';

/** Plain links (Tab, Enter, middle-click and Back all work), like the console's own navigation. */
export function KbTabs({ tx, route }: { tx: KbTexts; route: KbRoute }) {
  const views: { to: KbRoute; label: string; here: boolean }[] = [
    {
      to: { view: 'list' },
      label: tx.tabEntries,
      here: route.view === 'list' || route.view === 'new' || route.view === 'entry',
    },
    { to: { view: 'gaps' }, label: tx.tabGaps, here: route.view === 'gaps' },
    { to: { view: 'test' }, label: tx.tabTest, here: route.view === 'test' },
    { to: { view: 'transfer' }, label: tx.tabTransfer, here: route.view === 'transfer' },
  ];
  return (
    <nav class="kb-tabs" aria-label={tx.views}>
      <ul>
        {views.map((v) => (
          <li key={v.to.view}>
            <a href={hrefOf(v.to)} aria-current={v.here ? 'page' : undefined}>
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

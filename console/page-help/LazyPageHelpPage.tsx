import type { Language } from '../../protocol/language.ts';
import type { Texts } from '../i18n.ts';
import { LazyPage } from '../LazyPage.tsx';

const load = () => import('./PageHelpPage.tsx').then((m) => m.PageHelpPage);

/** The page help and notices page (页面帮助与公告), for admins only. */
export function LazyPageHelpPage({ lang, tx }: { lang: Language; tx: Texts }) {
  return <LazyPage tx={tx} load={load} props={{ lang }} />;
}

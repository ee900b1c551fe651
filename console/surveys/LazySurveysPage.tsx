import type { Language } from '../../protocol/language.ts';
import type { Texts } from '../i18n.ts';
import { LazyPage } from '../LazyPage.tsx';

const load = () => import('./SurveysPage.tsx').then((m) => m.SurveysPage);

/** The surveys pages (问卷), for admins only. */
export function LazySurveysPage({ lang, tx }: { lang: Language; tx: Texts }) {
  return <LazyPage tx={tx} load={load} props={{ lang }} />;
}

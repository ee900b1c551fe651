import type { Language } from '../../protocol/language.ts';
import type { Texts } from '../i18n.ts';
import { LazyPage } from '../LazyPage.tsx';

const load = () => import('./ReportPage.tsx').then((m) => m.ReportPage);

/** The report page and its charts: agents answering chats never download the chart library. */
export function LazyReportPage({ lang, tx }: { lang: Language; tx: Texts }) {
  return <LazyPage tx={tx} load={load} props={{ lang }} />;
}

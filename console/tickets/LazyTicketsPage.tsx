import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import type { Texts } from '../i18n.ts';
import { LazyPage } from '../LazyPage.tsx';
import type { AgentSocket } from '../socket.ts';

interface PageProps {
  lang: Language;
  agent: AgentProfile;
  socket: AgentSocket;
}

const load = () => import('./TicketsPage.tsx').then((m) => m.TicketsPage);

/** The tickets page (工单), fetched when an agent first opens it. */
export function LazyTicketsPage({ tx, ...props }: PageProps & { tx: Texts }) {
  return <LazyPage tx={tx} load={load} props={props} />;
}

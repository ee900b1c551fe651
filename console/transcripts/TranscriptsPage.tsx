import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import type { AgentSocket } from '../socket.ts';
import { useDirectory } from '../useDirectory.ts';
import { ConversationPane } from './ConversationPane.tsx';
import { FilterForm } from './FilterForm.tsx';
import { TRANSCRIPTS_TEXTS } from './i18n.ts';
import { ResultList } from './ResultList.tsx';
import { rowLinkId } from './ResultTable.tsx';
import { hrefOf, useTranscriptsRoute, type Filters } from './route.ts';
import '../chats.css';
import '../desk/desk.css';
import './transcripts.css';

interface Props {
  lang: Language;
  agent: AgentProfile;
  socket: AgentSocket;
}

/**
 * 会话记录: every stored conversation the agent may see (the server decides which), searched
 * and filtered, one opened read-only over the list. The list stays mounted (hidden) while a
 * conversation is open, so going back finds it as it was, with focus on the row left.
 */
export function TranscriptsPage({ lang, agent, socket }: Props) {
  const tx = TRANSCRIPTS_TEXTS[lang];
  const route = useTranscriptsRoute();
  const { directory } = useDirectory(socket);
  const [attempt, setAttempt] = useState(0);
  const list = { ...route, open: null };
  const left = useRef<string | null>(null);

  useEffect(() => {
    if (route.open) {
      left.current = route.open;
    } else if (left.current) {
      const row = document.getElementById(rowLinkId(left.current));
      (row ?? document.getElementById('tr-results-title'))?.focus();
      left.current = null;
    }
  }, [route.open]);

  function apply(filters: Filters): void {
    const next = hrefOf({ filters, page: 1, open: null });
    // The same search again still asks the server: new conversations may have closed since.
    if (next === hrefOf(list)) setAttempt((n) => n + 1);
    else location.hash = next;
  }

  return (
    <section class="desk tr" aria-labelledby="tr-title">
      <h1 id="tr-title">{tx.title}</h1>
      <div hidden={route.open !== null}>
        <p class="desk-intro">{tx.intro}</p>
        <FilterForm
          key={hrefOf({ ...list, page: 1 })}
          tx={tx}
          lang={lang}
          filters={route.filters}
          directory={directory}
          onApply={apply}
        />
        <ResultList tx={tx} lang={lang} route={list} attempt={attempt} directory={directory} />
      </div>
      {route.open && (
        <ConversationPane
          key={route.open}
          tx={tx}
          lang={lang}
          id={route.open}
          backHref={hrefOf(list)}
          directory={directory}
          onErased={agent.role === 'admin' ? () => setAttempt((n) => n + 1) : undefined}
        />
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { EntryEditor } from './EntryEditor.tsx';
import { EntryList } from './EntryList.tsx';
import { GapsView } from './gaps/GapsView.tsx';
import { KB_TEXTS } from './i18n.ts';
import { ImportExport } from './ImportExport.tsx';
import { KbTabs } from './KbTabs.tsx';
import { FIRST_QUERY, type ListQuery } from './list-query.ts';
import { go, hrefOf, useKbRoute, type KbRoute } from './route.ts';
import { TestQuestion } from './TestQuestion.tsx';
import '../desk/desk.css';
import './kb.css';

/** A message for the view the admin is sent to ("created", "deleted"). */
interface Flash {
  text: string;
  href: string;
}

/** Admins keep the bot's FAQ here: the entries, an editor with history, a tester, import and export. */
export function KnowledgePage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = KB_TEXTS[lang];
  const route = useKbRoute();
  const [query, setQuery] = useState<ListQuery>(FIRST_QUERY);
  const [flash, setFlash] = useState<Flash | null>(null);
  const here = hrefOf(route);

  // A message belongs to the view it was meant for: leaving that view ends it.
  useEffect(() => {
    setFlash((f) => (f && f.href === here ? f : null));
  }, [here]);

  function notify(text: string, to: KbRoute): void {
    setFlash({ text, href: hrefOf(to) });
    go(to);
  }

  return (
    <section class="desk kb" aria-labelledby="kb-title">
      <h1 id="kb-title">{tx.title}</h1>
      <p class="desk-intro">{tx.intro}</p>
      <KbTabs tx={tx} route={route} />
      <p class="desk-notice" role="status">
        {flash?.href === here ? flash.text : ''}
      </p>
      {route.view === 'list' && <EntryList tx={tx} lang={lang} query={query} onQuery={setQuery} />}
      {route.view === 'new' && (
        <EntryEditor key="new" tx={tx} lang={lang} id={null} notify={notify} />
      )}
      {route.view === 'entry' && (
        <EntryEditor key={route.id} tx={tx} lang={lang} id={route.id} notify={notify} />
      )}
      {route.view === 'gaps' && <GapsView tx={tx} lang={lang} />}
      {route.view === 'test' && <TestQuestion tx={tx} />}
      {route.view === 'transfer' && <ImportExport tx={tx} />}
    </section>
  );
}

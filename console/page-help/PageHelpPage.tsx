import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchPageHelp } from './api.ts';
import { PAGE_HELP_TEXTS } from './i18n.ts';
import { NoticesEditor } from './NoticesEditor.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import '../desk/desk.css';
import '../admin/admin.css';
import './page-help.css';

/** 页面帮助与公告: notices at the top of the chat, and in-context help by page pattern. */
export function PageHelpPage({ lang }: { lang: Language }) {
  const tx = PAGE_HELP_TEXTS[lang];
  const help = useResource(fetchPageHelp, 'page-help');
  const state = help.state;
  return (
    <section class="desk" aria-labelledby="page-help-title">
      <h1 id="page-help-title">{tx.title}</h1>
      <p class="desk-intro">{tx.intro}</p>
      {state.kind === 'ready' ? (
        <>
          <NoticesEditor tx={tx} view={state.data} />
          <RulesEditor tx={tx} view={state.data} />
        </>
      ) : (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={help.reload} />
      )}
    </section>
  );
}

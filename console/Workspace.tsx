import { useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { Language } from '../protocol/language.ts';
import { AgentsPage, DepartmentsPage, WidgetPage } from './admin/index.ts';
import { logOut } from './api.ts';
import { ChatsPage } from './ChatsPage.tsx';
import { LeftMessagesPage, QuickRepliesPage, SettingsPage } from './desk/index.ts';
import type { Texts } from './i18n.ts';
import { KnowledgePage } from './kb/index.ts';
import { Logo } from './Logo.tsx';
import { NotifyButton } from './NotifyButton.tsx';
import { LazyReportPage } from './report/LazyReportPage.tsx';
import { ProfileButton } from './ProfileButton.tsx';
import { StatusSwitch } from './StatusSwitch.tsx';
import { LazyPageHelpPage } from './page-help/LazyPageHelpPage.tsx';
import { LazySurveysPage } from './surveys/LazySurveysPage.tsx';
import { LazyTicketsPage } from './tickets/LazyTicketsPage.tsx';
import { TicketNoticeBar } from './tickets/TicketNoticeBar.tsx';
import { TopNav } from './TopNav.tsx';
import { TranscriptsPage } from './transcripts/index.ts';
import { usePage } from './usePage.ts';
import { useWorkspace } from './useWorkspace.ts';
import './workspace.css';

interface Props {
  lang: Language;
  tx: Texts;
  agent: AgentProfile;
  onSignedOut: () => void;
}

/**
 * The signed-in console: the header, the page navigation and the page. The workspace's
 * socket lives here, above the pages, so chats keep arriving (and chiming) on every page.
 */
export function Workspace({ lang, tx, agent, onSignedOut }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const page = usePage(agent.role === 'admin');
  const workspace = useWorkspace({ agent, tx, page, onSignedOut });

  async function signOut(everywhere: boolean): Promise<void> {
    setError('');
    setBusy(true);
    const result = await logOut(everywhere);
    if (result.ok) return onSignedOut();
    setBusy(false);
    setError(result.problem === 'network' ? tx.problems.network : tx.signOutFailed);
  }

  return (
    <div class="workspace">
      <header class="bar">
        <div class="brand">
          <Logo />
          <span>{tx.product}</span>
        </div>
        <TopNav tx={tx} page={page} isAdmin={agent.role === 'admin'} />
        <p class="who">
          <span class="sr">{tx.account}</span>
          <span class="name">{agent.name}</span>
          <span class="role">{tx.roles[agent.role]}</span>
        </p>
        <ProfileButton lang={lang} agent={agent} />
        <NotifyButton tx={tx} />
        <StatusSwitch tx={tx} presence={workspace.presence} />
        <button type="button" class="secondary" disabled={busy} onClick={() => void signOut(false)}>
          {tx.signOut}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy}
          title={tx.signOutEverywhereHint}
          onClick={() => void signOut(true)}
        >
          {tx.signOutEverywhere}
        </button>
      </header>
      <p class="alert bar-alert" role="alert">
        {error}
      </p>
      <TicketNoticeBar lang={lang} socket={workspace.socket} />
      {page === 'chats' && <ChatsPage lang={lang} tx={tx} agent={agent} workspace={workspace} />}
      {page !== 'chats' && (
        <main class="page">
          {page === 'left-messages' && <LeftMessagesPage lang={lang} agent={agent} />}
          {page === 'transcripts' && (
            <TranscriptsPage lang={lang} agent={agent} socket={workspace.socket} />
          )}
          {page === 'tickets' && (
            <LazyTicketsPage tx={tx} lang={lang} agent={agent} socket={workspace.socket} />
          )}
          {page === 'quick-replies' && <QuickRepliesPage lang={lang} agent={agent} />}
          {page === 'knowledge' && <KnowledgePage lang={lang} agent={agent} />}
          {page === 'settings' && <SettingsPage lang={lang} agent={agent} />}
          {page === 'agents' && <AgentsPage lang={lang} agent={agent} />}
          {page === 'departments' && <DepartmentsPage lang={lang} agent={agent} />}
          {page === 'widget' && <WidgetPage lang={lang} agent={agent} />}
          {page === 'report' && <LazyReportPage lang={lang} tx={tx} />}
          {page === 'surveys' && <LazySurveysPage lang={lang} tx={tx} />}
          {page === 'page-help' && <LazyPageHelpPage lang={lang} tx={tx} />}
        </main>
      )}
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import { logOut } from './api.ts';
import type { Texts } from './i18n.ts';
import { Logo } from './Logo.tsx';
import { StatusSwitch } from './StatusSwitch.tsx';
import { useAgentStatus } from './useAgentStatus.ts';
import './workspace.css';

interface Props {
  tx: Texts;
  agent: AgentProfile;
  onSignedOut: () => void;
}

/** The signed-in console. The queue and chats come with human handoff; until then it says so. */
export function Workspace({ tx, agent, onSignedOut }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const presence = useAgentStatus(onSignedOut);

  // The login form just vanished: put focus (and the screen reader) on the new page's heading.
  useEffect(() => headingRef.current?.focus(), []);

  async function signOut(): Promise<void> {
    setError('');
    setBusy(true);
    const result = await logOut();
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
        <p class="who">
          <span class="sr">{tx.account}</span>
          <span class="name">{agent.name}</span>
          <span class="role">{tx.roles[agent.role]}</span>
        </p>
        <StatusSwitch tx={tx} presence={presence} />
        <button type="button" class="secondary" disabled={busy} onClick={() => void signOut()}>
          {tx.signOut}
        </button>
      </header>
      <p class="alert bar-alert" role="alert">
        {error}
      </p>
      <main class="content">
        <section class="empty" aria-labelledby="queue-title">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 6h16M4 12h16M4 18h10" />
          </svg>
          <h1 id="queue-title" ref={headingRef} tabIndex={-1}>
            {tx.queueTitle}
          </h1>
          <p>{tx.queueText}</p>
          <p>
            {tx.demoText} <a href="/">{tx.demo}</a>
          </p>
        </section>
      </main>
    </div>
  );
}

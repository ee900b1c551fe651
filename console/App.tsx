import { useEffect, useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { Language } from '../protocol/language.ts';
import { currentAgent, type Problem } from './api.ts';
import { TEXTS } from './i18n.ts';
import { LoginForm } from './LoginForm.tsx';
import { Workspace } from './Workspace.tsx';

type Screen =
  | { kind: 'loading' }
  | { kind: 'signed-out'; problem: Problem | null }
  | { kind: 'signed-in'; agent: AgentProfile };

/** The session decides the screen: the cookie survives a reload, so ask the server first. */
export function App({ lang }: { lang: Language }) {
  const tx = TEXTS[lang];
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  useEffect(() => {
    void currentAgent().then((result) =>
      setScreen(
        result.ok
          ? { kind: 'signed-in', agent: result.data }
          : // 401 only means nobody is signed in yet: no error for that.
            {
              kind: 'signed-out',
              problem: result.problem === 'unauthorized' ? null : result.problem,
            },
      ),
    );
  }, []);

  if (screen.kind === 'loading') {
    return (
      <p class="loading" role="status">
        {tx.loading}
      </p>
    );
  }
  if (screen.kind === 'signed-out') {
    return (
      <LoginForm
        lang={lang}
        tx={tx}
        problem={screen.problem}
        onSignedIn={(agent) => setScreen({ kind: 'signed-in', agent })}
      />
    );
  }
  return (
    <Workspace
      lang={lang}
      tx={tx}
      agent={screen.agent}
      onSignedOut={() => setScreen({ kind: 'signed-out', problem: null })}
    />
  );
}

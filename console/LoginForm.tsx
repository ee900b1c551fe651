import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { Language } from '../protocol/language.ts';
import { logIn, type Problem } from './api.ts';
import type { Texts } from './i18n.ts';
import { Logo } from './Logo.tsx';
import './login.css';

interface Props {
  lang: Language;
  tx: Texts;
  /** Why the session check failed, when it was more than "not signed in". */
  problem: Problem | null;
  onSignedIn: (agent: AgentProfile) => void;
}

/**
 * E-mail and password in a real form with the standard autocomplete tokens, so password
 * managers fill it and Enter submits. Errors go to an alert region in the UI language.
 */
export function LoginForm({ lang, tx, problem, onSignedIn }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(problem ? tx.problems[problem] : '');
  /** Whether the error is about what was typed (as opposed to the network or the server). */
  const [invalid, setInvalid] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => emailRef.current?.focus(), []);

  async function submit(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) {
      setError(tx.empty);
      setInvalid(true);
      (email ? passwordRef : emailRef).current?.focus();
      return;
    }
    // Cleared first, so the same message twice in a row is announced again.
    setError('');
    setBusy(true);
    const result = await logIn(email, password);
    if (result.ok) return onSignedIn(result.data);
    setBusy(false);
    // A lockout says until when, in the agent's own clock and language.
    const until = result.retryAt?.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    setError(until ? tx.lockedUntil.replace('{time}', until) : tx.problems[result.problem]);
    setInvalid(result.problem === 'unauthorized' || result.problem === 'invalid');
    if (result.problem === 'invalid') emailRef.current?.focus();
    else passwordRef.current?.select();
  }

  const describedBy = error ? 'login-error' : undefined;
  return (
    <main class="login">
      <div class="login-brand">
        <Logo />
        <span>{tx.product}</span>
      </div>
      <form
        class="card"
        method="post"
        noValidate
        aria-labelledby="login-title"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void submit(e.currentTarget);
        }}
      >
        <h1 id="login-title">{tx.signInTitle}</h1>
        <p class="intro">{tx.signInIntro}</p>
        <label for="login-email">{tx.email}</label>
        <input
          id="login-email"
          ref={emailRef}
          name="email"
          type="email"
          inputMode="email"
          autocomplete="username"
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
        <label for="login-password">{tx.password}</label>
        <input
          id="login-password"
          ref={passwordRef}
          name="password"
          type="password"
          autocomplete="current-password"
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
        <p id="login-error" class="alert" role="alert">
          {error}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.signingIn : tx.signIn}
        </button>
      </form>
    </main>
  );
}

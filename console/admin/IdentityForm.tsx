import { useState } from 'preact/hooks';
import type { IdentitySettings } from '../../protocol/identity.ts';
import { regenerateSecret, saveIdentity } from './api.ts';
import type { IdentityTexts } from './identity-texts.ts';

interface Props {
  tx: IdentityTexts;
  initial: IdentitySettings;
}

/** The site secret (shown to admins only, with a confirmed regenerate) and the priority tiers. */
export function IdentityForm({ tx, initial }: Props) {
  const [settings, setSettings] = useState(initial);
  const [tiers, setTiers] = useState(initial.priorityTiers.join('\n'));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');

  async function run(call: () => ReturnType<typeof saveIdentity>, done: string): Promise<void> {
    setBusy(true);
    setNotice('');
    setProblem('');
    const res = await call();
    setBusy(false);
    setConfirming(false);
    if (!res.ok) return setProblem(res.problem === 'invalid_input' ? tx.tiersInvalid : res.detail);
    setSettings(res.data);
    setTiers(res.data.priorityTiers.join('\n'));
    setNotice(done);
  }

  const list = tiers
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  return (
    <section class="desk-card" aria-labelledby="identity-title" aria-busy={busy}>
      <h2 id="identity-title">{tx.identityTitle}</h2>
      <p class="desk-intro">{tx.identityIntro}</p>
      <div class="desk-field">
        <label for="identity-secret">{tx.secret}</label>
        <input
          id="identity-secret"
          readOnly
          value={settings.secret}
          aria-describedby="identity-secret-hint"
          class="identity-secret"
        />
        <small id="identity-secret-hint">{tx.secretHint}</small>
      </div>
      <div class="desk-save">
        {confirming ? (
          <>
            <span class="alert">{tx.regenerateWarning}</span>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => void run(regenerateSecret, tx.regenerated)}
            >
              {tx.confirmRegenerate}
            </button>
          </>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {tx.regenerate}
          </button>
        )}
      </div>
      <div class="desk-field">
        <label for="identity-tiers">{tx.priorityTiers}</label>
        <textarea
          id="identity-tiers"
          rows={3}
          value={tiers}
          aria-describedby="identity-tiers-hint"
          aria-invalid={problem !== ''}
          onInput={(e) => setTiers(e.currentTarget.value)}
        />
        <small id="identity-tiers-hint">{tx.priorityHint}</small>
      </div>
      <p class="alert" role="alert">
        {problem}
      </p>
      <div class="desk-save">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => void run(() => saveIdentity({ priorityTiers: list }), tx.saved)}
        >
          {tx.saveTiers}
        </button>
        {/* aria-live, not role=status: the widget form above keeps the page's one status. */}
        <p class="desk-notice" aria-live="polite">
          {notice}
        </p>
      </div>
    </section>
  );
}

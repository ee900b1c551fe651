import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { fetchSettings } from './api.ts';
import { DESK_TEXTS } from './i18n.ts';
import { LoadState } from './LoadState.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { useResource } from './useResource.ts';
import './desk.css';
import './settings.css';

/**
 * The desk's settings for admins: business hours, the department picker, the report's targets,
 * retention and the 工单 deadlines.
 */
export function SettingsPage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = DESK_TEXTS[lang];
  const settings = useResource(fetchSettings, 'settings');
  const state = settings.state;
  return (
    <section class="desk" aria-labelledby="settings-title">
      <h1 id="settings-title">{tx.settingsTitle}</h1>
      {state.kind === 'ready' ? (
        <SettingsForm tx={tx} lang={lang} initial={state.data} />
      ) : (
        <LoadState tx={tx} state={state} onRetry={settings.reload} />
      )}
    </section>
  );
}

import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchIdentity, fetchWidget } from './api.ts';
import { ADMIN_TEXTS } from './i18n.ts';
import { IdentityForm } from './IdentityForm.tsx';
import { IDENTITY_TEXTS } from './identity-texts.ts';
import { WidgetForm } from './WidgetForm.tsx';
import '../desk/desk.css';
import './admin.css';

/**
 * 挂件: the widget's colour and greetings, the handoff phrases, the sites that may embed it, and
 * the verified-identity settings (site secret, priority tiers).
 * Quick replies and business hours have their own pages; this one links to them.
 */
export function WidgetPage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = ADMIN_TEXTS[lang];
  const widget = useResource(fetchWidget, 'widget');
  const state = widget.state;
  const identity = useResource(fetchIdentity, 'identity');
  return (
    <section class="desk" aria-labelledby="widget-title">
      <h1 id="widget-title">{tx.widgetTitle}</h1>
      <p class="desk-intro">{tx.widgetIntro}</p>
      <p class="desk-intro">
        {tx.related}
        <a href="#quick-replies">{tx.relatedReplies}</a> · <a href="#settings">{tx.relatedHours}</a>
      </p>
      {state.kind === 'ready' ? (
        <WidgetForm tx={tx} initial={state.data.settings} defaults={state.data.defaults} />
      ) : (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={widget.reload} />
      )}
      {identity.state.kind === 'ready' ? (
        <IdentityForm tx={IDENTITY_TEXTS[lang]} initial={identity.state.data} />
      ) : (
        <LoadState tx={DESK_TEXTS[lang]} state={identity.state} onRetry={identity.reload} />
      )}
    </section>
  );
}

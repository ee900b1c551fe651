import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchWidget } from './api.ts';
import { ADMIN_TEXTS } from './i18n.ts';
import { WidgetForm } from './WidgetForm.tsx';
import '../desk/desk.css';
import './admin.css';

/**
 * 挂件: the widget's colour and greetings, the handoff phrases and the sites that may embed it.
 * Quick replies and business hours have their own pages; this one links to them.
 */
export function WidgetPage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = ADMIN_TEXTS[lang];
  const widget = useResource(fetchWidget, 'widget');
  const state = widget.state;
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
    </section>
  );
}

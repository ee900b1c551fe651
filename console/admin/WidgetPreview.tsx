import { LANGUAGES } from '../../protocol/language.ts';
import { TEXTS as WIDGET_TEXTS } from '../../widget/chat/i18n.ts';
import type { AdminTexts } from './i18n.ts';
import type { WidgetDraft } from './widget-draft.ts';

/**
 * The chat window's header, its first bubble in each language and the launcher, in the colour
 * being chosen: what a visitor will see, before it is saved.
 */
export function WidgetPreview({ tx, draft }: { tx: AdminTexts; draft: WidgetDraft }) {
  // Set through the DOM (not a style attribute), which the console's CSP allows.
  const accent = { '--preview-accent': draft.color };
  return (
    <figure class="admin-preview" aria-labelledby="widget-preview-title" style={accent}>
      <figcaption id="widget-preview-title">{tx.preview}</figcaption>
      {LANGUAGES.map((l) => (
        <div key={l} class="admin-preview-chat" lang={l}>
          <p class="admin-preview-header">{WIDGET_TEXTS[l].title}</p>
          <div class="admin-preview-bot">
            <span class="admin-preview-who">{WIDGET_TEXTS[l].bot}</span>
            <p class="admin-preview-bubble">
              {draft.greeting[l].trim() || WIDGET_TEXTS[l].greeting}
            </p>
          </div>
        </div>
      ))}
      <span class="admin-preview-launcher" aria-hidden="true" />
    </figure>
  );
}

import { useState } from 'preact/hooks';
import type { WidgetSettings, WidgetSettingsView } from '../../protocol/admin.ts';
import { LANGUAGES } from '../../protocol/language.ts';
import { saveWidget } from './api.ts';
import type { AdminTexts } from './i18n.ts';
import type { FormProblem } from './refusal.ts';
import {
  widgetDraft,
  widgetInput,
  widgetProblem,
  type WidgetDraft,
  type WidgetField,
} from './widget-draft.ts';
import { PreChatFields } from './PreChatFields.tsx';
import { WidgetFilesFields } from './WidgetFilesFields.tsx';
import { WidgetPreview } from './WidgetPreview.tsx';

/** `greeting.zh-CN` → `widget-greeting-zh-CN`: no dot, which a selector would read as a class. */
const idOf = (field: WidgetField) => `widget-${field.replace('.', '-')}`;

interface Props {
  tx: AdminTexts;
  initial: WidgetSettings;
  defaults: WidgetSettings;
}

/** The widget's settings as one form, saved together; what the server saved comes back. */
export function WidgetForm({ tx, initial, defaults }: Props) {
  const [draft, setDraft] = useState(() => widgetDraft(initial));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<FormProblem<WidgetField> | null>(null);

  function change(edit: Partial<WidgetDraft>): void {
    setNotice('');
    setDraft((d) => ({ ...d, ...edit }));
  }

  async function save(): Promise<void> {
    setNotice('');
    setProblem(null);
    setBusy(true);
    const input = widgetInput(draft);
    const res = await saveWidget(input);
    setBusy(false);
    if (res.ok) {
      setDraft(widgetDraft((res.data satisfies WidgetSettingsView).settings));
      return setNotice(tx.saved);
    }
    const found = widgetProblem(tx, res, input);
    setProblem(found);
    if (found.field) document.getElementById(idOf(found.field))?.focus();
  }

  const field = (name: WidgetField, hint?: string) => ({
    id: idOf(name),
    'aria-invalid': problem?.field === name,
    'aria-describedby':
      [problem?.field === name ? 'widget-error' : '', hint ?? ''].filter(Boolean).join(' ') ||
      undefined,
  });
  return (
    <form
      class="admin-widget"
      aria-labelledby="widget-title"
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void save();
      }}
    >
      <section class="desk-card admin-look" aria-labelledby="widget-look">
        <h2 id="widget-look">{tx.lookTitle}</h2>
        <div class="admin-look-fields">
          <div class="desk-field">
            <label for="widget-color">{tx.color}</label>
            <input
              type="color"
              value={draft.color}
              onInput={(e) => change({ color: e.currentTarget.value })}
              {...field('color', 'widget-color-hint')}
            />
            <small id="widget-color-hint">
              {tx.colorHint} · <code>{draft.color}</code>
            </small>
          </div>
          {LANGUAGES.map((l) => (
            <div key={l} class="desk-field">
              <label for={idOf(`greeting.${l}`)}>{tx.greetingIn(tx.languages[l])}</label>
              <textarea
                rows={2}
                maxLength={500}
                value={draft.greeting[l]}
                onInput={(e) =>
                  change({ greeting: { ...draft.greeting, [l]: e.currentTarget.value } })
                }
                {...field(`greeting.${l}`, 'widget-greeting-hint')}
              />
            </div>
          ))}
          <small id="widget-greeting-hint">{tx.greetingHint}</small>
        </div>
        <WidgetPreview tx={tx} draft={draft} />
      </section>
      <section class="desk-card" aria-labelledby="widget-phrases-title">
        <h2 id="widget-phrases-title">{tx.phrasesTitle}</h2>
        <p id="widget-phrases-intro" class="desk-intro">
          {tx.phrasesIntro}
        </p>
        <div class="desk-field">
          <label for="widget-phrases">{tx.phrases}</label>
          <textarea
            rows={6}
            value={draft.phrases}
            onInput={(e) => change({ phrases: e.currentTarget.value })}
            {...field('phrases', 'widget-phrases-intro')}
          />
        </div>
      </section>
      <section class="desk-card" aria-labelledby="widget-sites-title">
        <h2 id="widget-sites-title">{tx.sitesTitle}</h2>
        <p class="desk-intro">{tx.sitesIntro}</p>
        <fieldset class="admin-choices">
          <legend class="sr">{tx.sitesChoice}</legend>
          <label>
            <input
              type="radio"
              name="widget-sites"
              checked={draft.anySite}
              onChange={() => change({ anySite: true })}
            />
            {tx.anySite}
          </label>
          <label>
            <input
              type="radio"
              name="widget-sites"
              checked={!draft.anySite}
              onChange={() => change({ anySite: false })}
            />
            {tx.listedSites}
          </label>
        </fieldset>
        <div class="desk-field">
          <label for="widget-origins">{tx.origins}</label>
          <textarea
            rows={4}
            spellcheck={false}
            disabled={draft.anySite}
            value={draft.origins}
            onInput={(e) => change({ origins: e.currentTarget.value })}
            {...field('origins')}
          />
        </div>
      </section>
      <WidgetFilesFields
        tx={tx}
        draft={draft}
        onChange={change}
        maxMbField={field('maxMb', 'widget-files-intro')}
      />
      <PreChatFields
        tx={tx}
        draft={draft}
        onChange={change}
        enabledField={field('preChat', 'widget-prechat-intro')}
      />
      <p id="widget-error" class="alert" role="alert">
        {problem?.message ?? ''}
      </p>
      <div class="desk-save">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : tx.saveWidget}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() => {
            setProblem(null);
            setDraft(widgetDraft(defaults));
            setNotice(tx.defaultsFilled);
          }}
        >
          {tx.restoreDefaults}
        </button>
        <p class="desk-notice" role="status">
          {notice}
        </p>
      </div>
    </form>
  );
}

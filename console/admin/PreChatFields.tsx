import { LANGUAGES } from '../../protocol/language.ts';
import { PRE_CHAT_BUILT_INS, PRE_CHAT_CUSTOM_MAX } from '../../protocol/pre-chat.ts';
import type { PreChatSettingsInput } from '../../protocol/schemas/pre-chat.ts';
import type { AdminTexts } from './i18n.ts';
import type { WidgetDraft } from './widget-draft.ts';

type Field = PreChatSettingsInput['fields'][number];

/** Rows move and buttons vanish as the admin edits: the keyboard focus goes where they went. */
const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

interface Props {
  tx: AdminTexts;
  draft: WidgetDraft;
  onChange: (edit: Partial<WidgetDraft>) => void;
  /** The id, invalid state and description the form gives its switch. */
  enabledField: Record<string, unknown>;
}

/**
 * The 挂件 page's pre-chat form section: on or off, then the fields in the order visitors see
 * them; each built-in one at most once, up to five questions of the admin's own.
 */
export function PreChatFields({ tx, draft, onChange, enabledField }: Props) {
  const pt = tx.preChat;
  const { enabled, fields } = draft.preChat;
  const set = (next: Field[], on = enabled) => onChange({ preChat: { enabled: on, fields: next } });
  const edit = (i: number, change: Partial<Field>) =>
    set(fields.map((f, at) => (at === i ? ({ ...f, ...change } as Field) : f)));
  const move = (i: number, by: number) => {
    const next = [...fields];
    const [moved] = next.splice(i, 1);
    if (moved) next.splice(i + by, 0, moved);
    set(next);
    const to = i + by;
    // The same arrow, unless the row reached the end it points to.
    const arrow = by < 0 ? (to > 0 ? 'up' : 'down') : to < next.length - 1 ? 'down' : 'up';
    focusSoon(`#widget-prechat-${arrow}-${to}`);
  };
  const remove = (i: number) => {
    set(fields.filter((_, at) => at !== i));
    const next = Math.min(i, fields.length - 2);
    focusSoon(next < 0 ? '#widget-prechat-add button' : `#widget-prechat-remove-${next}`);
  };
  const add = (field: Field) => {
    set([...fields, field]);
    focusSoon(`#widget-prechat-row-${fields.length} input`);
  };
  const nameOf = (f: Field, i: number) =>
    f.key === 'custom'
      ? `${pt.custom} ${fields.slice(0, i + 1).filter((c) => c.key === 'custom').length}`
      : pt.builtIn[f.key];
  const customs = fields.filter((f) => f.key === 'custom').length;
  const missing = PRE_CHAT_BUILT_INS.filter((key) => !fields.some((f) => f.key === key));
  return (
    <section class="desk-card" aria-labelledby="widget-prechat-title">
      <h2 id="widget-prechat-title">{pt.title}</h2>
      <p id="widget-prechat-intro" class="desk-intro">
        {pt.intro}
      </p>
      <label class="admin-check">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => set(fields, e.currentTarget.checked)}
          {...enabledField}
        />
        {pt.enabled}
      </label>
      <h3 class="admin-prechat-heading">{pt.fields}</h3>
      {fields.length === 0 && <p class="desk-intro">{pt.none}</p>}
      <ol class="admin-prechat">
        {fields.map((f, i) => {
          const name = nameOf(f, i);
          return (
            <li
              key={f.key === 'custom' ? (f.id ?? `new-${i}`) : f.key}
              id={`widget-prechat-row-${i}`}
            >
              <span class="admin-prechat-name">{name}</span>
              {f.key === 'custom' &&
                LANGUAGES.map((l) => (
                  <label key={l} class="admin-prechat-label">
                    {pt.labelIn(pt.languages[l])}
                    <input
                      maxLength={40}
                      value={f.label[l]}
                      onInput={(e) =>
                        edit(i, { label: { ...f.label, [l]: e.currentTarget.value } })
                      }
                    />
                  </label>
                ))}
              <label>
                <input
                  type="checkbox"
                  checked={f.required}
                  aria-label={pt.requiredOf(name)}
                  onChange={(e) => edit(i, { required: e.currentTarget.checked })}
                />
                {pt.required}
              </label>
              <button
                type="button"
                class="secondary"
                id={`widget-prechat-up-${i}`}
                aria-label={pt.up(name)}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="secondary"
                id={`widget-prechat-down-${i}`}
                aria-label={pt.down(name)}
                disabled={i === fields.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                class="secondary"
                id={`widget-prechat-remove-${i}`}
                onClick={() => remove(i)}
              >
                {pt.remove(name)}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="admin-prechat-add" id="widget-prechat-add">
        {missing.map((key) => (
          <button
            key={key}
            type="button"
            class="secondary"
            onClick={() => add({ key, required: key === 'name' })}
          >
            {pt.add(pt.builtIn[key])}
          </button>
        ))}
        <button
          type="button"
          class="secondary"
          disabled={customs >= PRE_CHAT_CUSTOM_MAX}
          aria-describedby="widget-prechat-limit"
          onClick={() => add({ key: 'custom', label: { 'zh-CN': '', en: '' }, required: false })}
        >
          {pt.addCustom}
        </button>
        <small id="widget-prechat-limit">{pt.customLimit}</small>
      </div>
    </section>
  );
}

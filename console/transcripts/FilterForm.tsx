import { useState } from 'preact/hooks';
import type { Directory, Rating } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import { TEXTS } from '../i18n.ts';
import { departmentName } from '../useDirectory.ts';
import type { TranscriptsTexts } from './i18n.ts';
import { filtersOf, HANDLED_BY, NO_FILTERS, RATINGS, TYPE_FILTERS, type Filters } from './route.ts';

interface Props {
  tx: TranscriptsTexts;
  lang: Language;
  /** What the list shows now; the form starts from it and is remounted when it changes. */
  filters: Filters;
  directory: Directory | null;
  onApply: (filters: Filters) => void;
}

interface Option {
  value: string;
  label: string;
}

/** A value from the address stays choosable even when the directory does not know it. */
const withChosen = (options: Option[], chosen: string): Option[] =>
  chosen && !options.some((o) => o.value === chosen)
    ? [...options, { value: chosen, label: chosen }]
    : options;

/** The search and every filter in one form: Enter or 搜索 applies them all, from page 1. */
export function FilterForm({ tx, lang, filters, directory, onApply }: Props) {
  const chat = TEXTS[lang];
  /** Plain strings while editing; checked like the address when applied. */
  const [draft, setDraft] = useState<Record<keyof Filters, string>>(filters);
  const [error, setError] = useState('');
  const set = (key: keyof Filters, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const backwards = Boolean(draft.from && draft.to && draft.from > draft.to);

  function submit(e: Event): void {
    e.preventDefault();
    if (backwards) return setError(tx.rangeBackwards);
    setError('');
    onApply(filtersOf(new URLSearchParams(draft)));
  }

  const text = (key: 'tag' | 'pageUrl', label: string, max: number, hint?: string) => (
    <div class="tr-field">
      <label for={`tr-${key}`}>{label}</label>
      <input
        id={`tr-${key}`}
        type="text"
        value={draft[key]}
        maxLength={max}
        aria-describedby={hint ? `tr-${key}-hint` : undefined}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
      {hint && (
        <small id={`tr-${key}-hint`} class="tr-hint">
          {hint}
        </small>
      )}
    </div>
  );

  const select = (key: keyof Filters, label: string, any: string, options: Option[]) => (
    <div class="tr-field">
      <label for={`tr-${key}`}>{label}</label>
      <select id={`tr-${key}`} value={draft[key]} onChange={(e) => set(key, e.currentTarget.value)}>
        <option value="">{any}</option>
        {withChosen(options, filters[key]).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form role="search" class="tr-filters" aria-label={tx.filters} onSubmit={submit} noValidate>
      <div class="tr-field tr-search">
        <label for="tr-q">{tx.search}</label>
        <input
          id="tr-q"
          type="search"
          value={draft.q}
          maxLength={200}
          aria-describedby="tr-q-hint"
          onInput={(e) => set('q', e.currentTarget.value)}
        />
        <small id="tr-q-hint" class="tr-hint">
          {tx.searchHint}
        </small>
      </div>
      <fieldset class="tr-dates">
        <legend>{tx.datesHint}</legend>
        <div class="tr-field">
          <label for="tr-from">{tx.from}</label>
          <input
            id="tr-from"
            type="date"
            value={draft.from}
            onInput={(e) => set('from', e.currentTarget.value)}
          />
        </div>
        <div class="tr-field">
          <label for="tr-to">{tx.to}</label>
          <input
            id="tr-to"
            type="date"
            value={draft.to}
            aria-invalid={backwards}
            aria-describedby="tr-dates-error"
            onInput={(e) => set('to', e.currentTarget.value)}
          />
        </div>
      </fieldset>
      <p id="tr-dates-error" class="alert" role="alert">
        {backwards ? error : ''}
      </p>
      {select(
        'departmentId',
        tx.department,
        tx.anyDepartment,
        (directory?.departments ?? []).map((d) => ({
          value: d.id,
          label: departmentName(d, lang),
        })),
      )}
      {select(
        'agentId',
        tx.agent,
        tx.anyAgent,
        (directory?.agents ?? []).map((a) => ({ value: a.id, label: a.name })),
      )}
      {select(
        'type',
        tx.type,
        tx.anyType,
        TYPE_FILTERS.map((t) => ({
          value: t,
          label: t === 'unclassified' ? chat.unclassified : chat.closeTypes[t],
        })),
      )}
      {text('tag', tx.tag, 40)}
      {select(
        'rating',
        tx.rating,
        tx.anyRating,
        RATINGS.map((r) => ({ value: r, label: chat.ratings[Number(r) as Rating] })),
      )}
      {select(
        'handledBy',
        tx.handledBy,
        tx.anyHandler,
        HANDLED_BY.map((h) => ({ value: h, label: tx.handlers[h] })),
      )}
      {text('pageUrl', tx.pageUrl, 500, tx.pageUrlHint)}
      <div class="tr-buttons">
        <button type="submit" class="primary">
          {tx.submit}
        </button>
        <button type="button" class="secondary" onClick={() => onApply(NO_FILTERS)}>
          {tx.clear}
        </button>
      </div>
    </form>
  );
}

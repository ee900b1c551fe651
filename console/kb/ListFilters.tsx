import { useEffect, useState } from 'preact/hooks';
import type { KbTexts } from './i18n.ts';
import { SORTS, type ListQuery } from './list-query.ts';

/** Long enough to finish a word; short enough to feel live. */
const SEARCH_DELAY_MS = 300;

interface Props {
  tx: KbTexts;
  query: ListQuery;
  onQuery: (query: ListQuery) => void;
  categories: string[];
  departments: string[];
}

/** A value set by the admin stays choosable even when no entry uses it any more. */
const withChosen = (options: string[], chosen: string) =>
  chosen && !options.includes(chosen) ? [chosen, ...options] : options;

/** Search (as you type, after a pause), filters and sort; any change starts at page 1. */
export function ListFilters({ tx, query, onQuery, categories, departments }: Props) {
  const [typed, setTyped] = useState(query.q);
  const set = (change: Partial<ListQuery>) => onQuery({ ...query, ...change, page: 1 });

  useEffect(() => {
    if (typed === query.q) return;
    const timer = setTimeout(() => set({ q: typed }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, query]);

  const select = (
    label: string,
    value: string,
    options: { value: string; label: string }[],
    onPick: (value: string) => void,
  ) => (
    <label class="kb-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onPick(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));

  return (
    <div class="kb-toolbar">
      <form
        role="search"
        class="kb-search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: typed });
        }}
      >
        <label for="kb-search">{tx.search}</label>
        <input
          id="kb-search"
          type="search"
          value={typed}
          maxLength={200}
          aria-describedby="kb-search-hint"
          // Mid-composition pinyin is not what the admin is looking for.
          onInput={(e) => {
            if (!e.isComposing) setTyped(e.currentTarget.value);
          }}
          onCompositionEnd={(e) => setTyped(e.currentTarget.value)}
        />
        <small id="kb-search-hint" class="kb-hint">
          {tx.searchHint}
        </small>
      </form>
      <div class="kb-filters" role="group" aria-label={tx.filters}>
        {select(
          tx.category,
          query.category,
          [{ value: '', label: tx.anyCategory }, ...plain(withChosen(categories, query.category))],
          (category) => set({ category }),
        )}
        {select(
          tx.department,
          query.department,
          [
            { value: '', label: tx.anyDepartment },
            ...plain(withChosen(departments, query.department)),
          ],
          (department) => set({ department }),
        )}
        {select(
          tx.status,
          query.status,
          [
            { value: '', label: tx.anyStatus },
            { value: 'published', label: tx.statuses.published },
            { value: 'draft', label: tx.statuses.draft },
          ],
          (v) => set({ status: v === 'published' || v === 'draft' ? v : '' }),
        )}
        {select(
          tx.sortBy,
          query.sort,
          SORTS.map((s) => ({ value: s, label: tx.sorts[s] })),
          (v) => set({ sort: SORTS.find((s) => s === v) ?? 'updated' }),
        )}
      </div>
    </div>
  );
}

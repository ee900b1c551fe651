import { useEffect, useState } from 'preact/hooks';
import type { FaqEntryAdmin } from '../../protocol/faq-admin.ts';
import { PAGE_HELP_LIMITS } from '../../protocol/page-help.ts';
import { searchFaq } from './api.ts';
import type { PageHelpTexts } from './i18n.ts';

interface Props {
  tx: PageHelpTexts;
  /** `rules-0`: the ids of the picker's own boxes start with it. */
  idPrefix: string;
  ids: string[];
  /** Questions known so far (the server's, plus those picked here). */
  questions: Map<string, string>;
  invalid: boolean;
  onChange: (ids: string[], picked?: FaqEntryAdmin) => void;
}

/** Up to three FAQ entries for a rule: the chosen ones with a remove button, and a search. */
export function FaqPicker({ tx, idPrefix, ids, questions, invalid, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FaqEntryAdmin[] | null>(null);
  const full = ids.length >= PAGE_HELP_LIMITS.faqs;

  useEffect(() => {
    const q = query.trim();
    if (!q) return setFound(null);
    let current = true;
    // A short pause, so typing a word asks once.
    const timer = setTimeout(() => {
      void searchFaq(q).then((res) => current && setFound(res.ok ? res.data.entries : []));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const label = (id: string) => questions.get(id) ?? tx.faqGone(id);
  return (
    <div class="desk-field faq-picker">
      <span id={`${idPrefix}-faqs-label`}>{tx.faqs}</span>
      <ul class="picked" aria-labelledby={`${idPrefix}-faqs-label`}>
        {ids.map((id) => (
          <li key={id}>
            {label(id)}{' '}
            <button
              type="button"
              class="link"
              aria-label={tx.faqRemove(label(id))}
              onClick={() => onChange(ids.filter((x) => x !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {!full && (
        <>
          <label for={`${idPrefix}-faqIds`}>{tx.faqSearch}</label>
          <input
            id={`${idPrefix}-faqIds`}
            type="search"
            aria-invalid={invalid}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          {found && (
            <ul class="found" aria-label={tx.faqResults}>
              {found.length === 0 && <li class="desk-muted">{tx.faqNone}</li>}
              {found
                .filter((e) => !ids.includes(e.id))
                .map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={tx.faqAdd(e.question)}
                      onClick={() => {
                        onChange([...ids, e.id], e);
                        setQuery('');
                      }}
                    >
                      {e.question}
                      {e.lang && <small> · {e.lang}</small>}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
